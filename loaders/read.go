package loaders

import (
	"bufio"
	"io"
	"iter"
	"os"
	"strings"
)

// Options limit what Read accepts.
type Options struct {
	// MaxBytes is the largest article read, in bytes: a whole file, a feed,
	// or one line of a JSON Lines file (0: no limit).
	MaxBytes int64
}

// Read streams the articles in paths: files, directories (recursively) and
// "-" for standard input, in the order given (directory entries sorted by
// name). Each input that cannot be read yields a *Error and reading goes on.
//
// Inside directories, hidden entries (".name") and files that are plainly
// not articles (images, archives ...) are passed over; symbolic links are
// followed, and a link back into a directory being walked is reported. One
// file is held in memory at a time, and JSON Lines one line at a time.
func Read(paths []string, opts Options) iter.Seq2[Article, error] {
	return read(paths, opts, os.Stdin)
}

// read is Read with standard input given.
func read(paths []string, opts Options, stdin io.Reader) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		cwd, _ := os.Getwd()
		r := &reader{opts: opts, cwd: cwd, stdin: stdin, send: yield}
		for _, path := range paths {
			if !r.readPath(path) {
				return
			}
		}
	}
}

// sink receives an article or an error (a *Error) and reports whether it
// wants more.
type sink func(Article, error) bool

// reader reads the inputs of one Read call.
type reader struct {
	opts  Options
	cwd   string
	stdin io.Reader
	send  sink
}

// readPath reads one path as given to Read.
func (r *reader) readPath(path string) bool {
	if path == "-" {
		return r.readStream(r.stdin, formatUnknown, stdinOrigin, -1)
	}
	return r.visit(path, true, nil)
}

// readFile reads the regular (or special) file at path of the given size.
func (r *reader) readFile(path string, size int64) bool {
	o := fileOrigin(path, r.cwd)
	f, err := os.Open(path)
	if err != nil {
		return r.send(Article{}, o.fail(unreadable(err)))
	}
	defer f.Close()
	return r.readStream(f, formatOf(path), o, size)
}

// readStream reads one input of format f (formatUnknown: sniffed) and of
// the given size (-1: unknown).
func (r *reader) readStream(in io.Reader, f format, o origin, size int64) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	if _, err := br.Peek(1); err != nil && err != io.EOF { // one read, not a wait for more
		return r.send(Article{}, o.fail(unreadable(err)))
	}
	head, _ := br.Peek(min(br.Buffered(), sniffSize))
	if f == formatUnknown {
		f = sniff(head)
	}
	if f == formatJSONL {
		if err := checkText(head); err != nil {
			return r.send(Article{}, o.fail(err))
		}
		return readJSONLines(br, o, r.opts.MaxBytes, r.send)
	}
	what := "article"
	if f == formatFeed {
		what = "feed"
	}
	if max := r.opts.MaxBytes; max > 0 && size > max {
		return r.send(Article{}, o.fail(tooLarge(what, size, max)))
	}
	data, err := readAll(br, r.opts.MaxBytes, what)
	if err != nil {
		return r.send(Article{}, o.fail(err))
	}
	return readWhole(data, f, o, r.opts.MaxBytes, r.send)
}

// readWhole sends the article(s) in data, the whole content of one input.
func readWhole(data []byte, f format, o origin, max int64, send sink) bool {
	if f == formatFeed {
		return readFeed(data, o, max, send)
	}
	text, err := decodeText(data, f)
	if err == nil && strings.TrimSpace(text) == "" {
		err = failf(ErrEmpty, "empty article")
	}
	var a Article
	if err == nil {
		a, err = parseArticle(text, f)
	}
	if err == nil && strings.TrimSpace(a.Text) == "" {
		err = failf(ErrEmpty, "empty article (metadata only)")
	}
	if err != nil {
		return send(Article{}, o.fail(err))
	}
	return send(o.finish(a), nil)
}

// parseArticle reads one article of format f from its text.
func parseArticle(text string, f format) (Article, error) {
	switch f {
	case formatMarkdown:
		return parseMarkdown(text)
	case formatHTML:
		return parseHTML(text)
	}
	return parseText(text), nil
}
