package loaders

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// format is the kind of content an input holds.
type format int

const (
	formatUnknown  format = iota // decided by sniffing the content
	formatText                   // plain text
	formatMarkdown               // Markdown with optional YAML front matter
	formatHTML                   // an HTML page
	formatFeed                   // an RSS or Atom feed
	formatJSONL                  // JSON Lines, one article per line
	formatSkip                   // not an article (images, archives ...)
)

// sniffSize is how much of an input is looked at to guess its format and to
// tell text from binary.
const sniffSize = 8 << 10

var bom = []byte("\uFEFF")

var formatsByExt = map[string]format{
	".txt": formatText, ".text": formatText,
	".md": formatMarkdown, ".markdown": formatMarkdown, ".mdown": formatMarkdown,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".xml": formatFeed, ".rss": formatFeed, ".atom": formatFeed, ".feed": formatFeed,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
}

// skippedExts are extensions of files that are certainly not articles.
var skippedExts = map[string]bool{}

func init() {
	for _, ext := range strings.Fields(`
		.png .jpg .jpeg .gif .webp .bmp .ico .tif .tiff .svg .heic .avif .psd
		.pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .epub
		.zip .gz .tgz .bz2 .xz .zst .lz .lz4 .7z .rar .tar .jar .war
		.mp3 .mp4 .m4a .wav .ogg .flac .avi .mov .mkv .webm
		.woff .woff2 .ttf .otf .eot
		.exe .bin .dll .so .dylib .o .a .class .pyc .wasm
		.db .sqlite .sqlite3 .parquet .csv .tsv`) {
		skippedExts[ext] = true
	}
}

// formatOf tells the format of a file from its name.
func formatOf(path string) format {
	ext := strings.ToLower(filepath.Ext(path))
	if f, ok := formatsByExt[ext]; ok {
		return f
	}
	if skippedExts[ext] {
		return formatSkip
	}
	return formatUnknown
}

// sniff guesses the format of content from its first bytes.
func sniff(head []byte) format {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	if len(head) == 0 {
		return formatText
	}
	switch head[0] {
	case '{':
		return formatJSONL
	case '<':
		lower := bytes.ToLower(head)
		switch {
		case containsAny(lower, "<rss", "<feed", "<rdf:rdf"):
			return formatFeed
		case containsAny(lower, "<!doctype html", "<html", "<head", "<body",
			"<article", "<p>", "<p ", "<div", "<h1"):
			return formatHTML
		case bytes.HasPrefix(lower, []byte("<?xml")):
			return formatFeed
		}
	}
	return formatText
}

func containsAny(b []byte, subs ...string) bool {
	for _, s := range subs {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}

// checkText rejects content that is not text: UTF-16, any NUL byte, or a
// sample dominated by control characters or bytes that are not UTF-8.
func checkText(data []byte) error {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return failf(ErrEncoding, "UTF-16 file: convert it to UTF-8")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return failf(ErrBinary, "binary file (contains NUL bytes), not an article")
	}
	sample := data[:min(len(data), sniffSize)]
	var odd int
	for len(sample) > 0 {
		r, n := utf8.DecodeRune(sample)
		if r == utf8.RuneError && n == 1 || isControl(r) {
			odd++
		}
		sample = sample[n:]
	}
	if odd*10 > min(len(data), sniffSize) {
		return failf(ErrBinary, "binary file (not text), not an article")
	}
	return nil
}

// isControl reports control characters that do not occur in text.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	}
	return r < 0x20 || r == 0x7f
}

// checkUTF8 reports where data stops being valid UTF-8.
func checkUTF8(data []byte) error {
	off := invalidUTF8At(data)
	if off < 0 {
		return nil
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return failf(ErrEncoding, "invalid UTF-8 at line %d, byte %d: the file is in another encoding (Latin-1?) and must be converted to UTF-8", line, off)
}

// invalidUTF8At returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func invalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for off := 0; off < len(data); {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n == 1 {
			return off
		}
		off += n
	}
	return -1
}

// normalizeNewlines turns CRLF and lone CR line ends into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decodeText checks that data is UTF-8 text and returns it without BOM and
// with LF line ends. HTML that declares another charset is converted.
func decodeText(data []byte, f format) (string, error) {
	data = bytes.TrimPrefix(data, bom)
	if err := checkText(data); err != nil {
		return "", err
	}
	if err := checkUTF8(data); err != nil {
		converted, ok := decodeDeclaredCharset(data, f)
		if !ok {
			return "", err
		}
		data = converted
	}
	return normalizeNewlines(string(data)), nil
}

// readAll reads r to its end, or fails with ErrTooLarge once more than max
// bytes (max > 0) have come; the rest is then counted, not kept, up to
// countLimit bytes, since the input may never end (a device, a pipe). what
// names the input in that error.
func readAll(r io.Reader, max int64, what string) ([]byte, error) {
	if max <= 0 {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, unreadable(err)
		}
		return data, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, unreadable(err)
	}
	if int64(len(data)) > max {
		rest, err := io.CopyN(io.Discard, r, countLimit)
		if err == nil { // countLimit reached: stop reading
			return nil, failf(ErrTooLarge, "%s is more than %d bytes, over the limit of %d (loaders.max_bytes)", what, int64(len(data))+rest, max)
		}
		return nil, tooLarge(what, int64(len(data))+rest, max)
	}
	return data, nil
}

// countLimit bounds how much of an input over the size limit is read to
// tell its size.
const countLimit = 256 << 20
