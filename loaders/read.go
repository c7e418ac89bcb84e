package loaders

import (
	"errors"
	"iter"
)

// Options limit what Read accepts.
type Options struct {
	// MaxBytes is the largest input file read, in bytes (0: no limit).
	MaxBytes int64
}

// Read streams the articles in paths: files, directories (recursively) and
// "-" for standard input, in the order given (directory entries sorted by
// name). Each input that cannot be read yields a *Error and reading goes on.
func Read(paths []string, opts Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		yield(Article{}, errors.New("loaders.Read: not implemented"))
	}
}
