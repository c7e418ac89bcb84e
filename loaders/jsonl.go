package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// readJSONLines sends one article per line of JSON Lines read from r, one
// line at a time, however long. Blank lines are skipped; a line that cannot
// be read as an article yields an *Error with its line number and reading
// goes on. It reports whether the receiver wants more.
func readJSONLines(r *bufio.Reader, o origin, max int64, send sink) bool {
	for n := 1; ; n++ {
		line, size, err := readLine(r, max)
		if err != nil && !errors.Is(err, io.EOF) {
			return send(Article{}, &Error{Path: o.path, Line: n, Err: unreadable(err)})
		}
		if size > 0 && !sendJSONLine(line, size, n, max, o, send) {
			return false
		}
		if err != nil {
			return true
		}
	}
}

// sendJSONLine sends the article (or error) of line n, unless it is blank.
func sendJSONLine(line []byte, size int64, n int, max int64, o origin, send sink) bool {
	if n == 1 {
		line = bytes.TrimPrefix(line, bom)
	}
	if max > 0 && size > max {
		return send(Article{}, &Error{Path: o.path, Line: n, Err: tooLarge("article", size, max)})
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return true
	}
	a, err := parseJSONLine(line)
	if err != nil {
		return send(Article{}, &Error{Path: o.path, Line: n, Err: err})
	}
	return send(o.item(n).finish(a), nil)
}

// readLine reads one line from r without its line end. Lines longer than
// max (max > 0) are counted, not kept: line is nil and size tells how long
// it was. err is io.EOF after the last line.
func readLine(r *bufio.Reader, max int64) (line []byte, size int64, err error) {
	keep := true
	for {
		chunk, err := r.ReadSlice('\n')
		size += int64(len(chunk))
		if keep {
			line = append(line, chunk...)
			keep = max <= 0 || int64(len(line)) <= max+2 // room for "\r\n"
		}
		if !keep {
			line = nil
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		trimmed := bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		size -= int64(len(line) - len(trimmed))
		if !keep {
			size -= lineEndLength(chunk)
		}
		return trimmed, size, err
	}
}

// lineEndLength is the length of the line end ("\n" or "\r\n") chunk ends in.
func lineEndLength(chunk []byte) int64 {
	switch {
	case bytes.HasSuffix(chunk, []byte("\r\n")):
		return 2
	case bytes.HasSuffix(chunk, []byte("\n")):
		return 1
	}
	return 0
}

// parseJSONLine reads one JSON object with the keys id, title, text, date,
// url and language (or lang); other keys go to Meta. The text is kept
// exactly as given.
func parseJSONLine(line []byte) (Article, error) {
	if off := invalidUTF8At(line); off >= 0 {
		return Article{}, failf(ErrEncoding, "invalid UTF-8 at byte %d of the line", off)
	}
	fields, err := jsonObject(line)
	if err != nil {
		return Article{}, err
	}
	text, err := jsonText(fields)
	if err != nil {
		return Article{}, err
	}
	a := Article{Text: text}
	for key, raw := range fields {
		if err := setJSONField(&a, key, raw); err != nil {
			return Article{}, err
		}
	}
	return a, nil
}

// jsonObject decodes line as a JSON object, keeping its values undecoded.
func jsonObject(line []byte) (map[string]json.RawMessage, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return nil, failf(ErrSyntax, "JSON line is not an object")
		}
		return nil, failf(ErrSyntax, "invalid JSON: %v", err)
	}
	if fields == nil {
		return nil, failf(ErrSyntax, "JSON line is not an object")
	}
	return fields, nil
}

// jsonText returns the "text" field, which must be a non-blank string.
func jsonText(fields map[string]json.RawMessage) (string, error) {
	raw, ok := fields["text"]
	if !ok || string(raw) == "null" {
		return "", failf(ErrNoText, `JSON line has no "text"`)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return "", failf(ErrSyntax, `"text" is not a string`)
	}
	if strings.TrimSpace(text) == "" {
		return "", failf(ErrNoText, `JSON line has an empty "text"`)
	}
	return text, nil
}

// setJSONField sets the article field named key (Meta for unknown keys).
func setJSONField(a *Article, key string, raw json.RawMessage) error {
	var dst *string
	switch key {
	case "text":
		return nil
	case "id":
		dst = &a.ID
	case "title":
		dst = &a.Title
	case "date":
		dst = &a.Date
	case "url":
		dst = &a.URL
	case "language":
		dst = &a.Language
	case "lang":
		if a.Language != "" {
			return nil // "language" wins over "lang"
		}
		dst = &a.Language
	default:
		if a.Meta == nil {
			a.Meta = map[string]string{}
		}
		a.Meta[key] = jsonString(raw)
		return nil
	}
	if isJSONComposite(raw) {
		return failf(ErrSyntax, "%q must be a string", key)
	}
	*dst = jsonString(raw)
	return nil
}

// jsonString gives a JSON value as a string: a string as it is, null as "",
// anything else as compact JSON.
func jsonString(raw json.RawMessage) string {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	if string(raw) == "null" {
		return ""
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

// isJSONComposite tells whether raw is an object or an array.
func isJSONComposite(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && (raw[0] == '{' || raw[0] == '[')
}
