package loaders

import (
	"errors"
	"fmt"
	"io/fs"
)

// Reasons an input is rejected. Every *Error from Read wraps one of them, so
// callers can tell them apart with errors.Is.
var (
	// ErrUnreadable: the file or directory cannot be opened or read.
	ErrUnreadable = errors.New("unreadable input")
	// ErrBinary: the input is not text (NUL bytes, control characters).
	ErrBinary = errors.New("binary input")
	// ErrEncoding: the input is text but not valid UTF-8.
	ErrEncoding = errors.New("invalid UTF-8")
	// ErrEmpty: the input holds nothing but whitespace.
	ErrEmpty = errors.New("empty article")
	// ErrTooLarge: the input is over Options.MaxBytes.
	ErrTooLarge = errors.New("article over the size limit")
	// ErrSyntax: the input is malformed (a broken JSON line, feed or front matter).
	ErrSyntax = errors.New("malformed input")
	// ErrNoText: the input is well formed but has no article text.
	ErrNoText = errors.New("no article text")
	// ErrSymlinkLoop: a symbolic link leads back into a directory being walked.
	ErrSymlinkLoop = errors.New("symlink loop")
	// ErrNotArticle: the file's extension says it is not an article (an image,
	// an archive ...).
	ErrNotArticle = errors.New("not an article")
)

// reason is an error with its own message that still matches its kind (and
// its cause, if any) with errors.Is.
type reason struct {
	kind  error
	cause error
	msg   string
}

func (r *reason) Error() string { return r.msg }

func (r *reason) Unwrap() []error {
	if r.cause == nil {
		return []error{r.kind}
	}
	return []error{r.kind, r.cause}
}

// failf returns an error of the given kind with a formatted message.
func failf(kind error, format string, args ...any) error {
	return &reason{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// unreadable reports an I/O error, without repeating the path that Error
// already names.
func unreadable(err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &reason{kind: ErrUnreadable, cause: err, msg: "cannot read: " + msg}
}

// tooLarge reports an input of size bytes over the limit max; what is
// "article" or "feed".
func tooLarge(what string, size, max int64) error {
	return failf(ErrTooLarge, "%s is %d bytes, over the limit of %d (loaders.max_bytes)", what, size, max)
}
