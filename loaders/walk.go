package loaders

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// visit reads path: a file, or a directory walked in name order. explicit
// says path was named by the caller rather than found in a directory:
// only then are files that are not articles reported instead of skipped.
// ancestors are the directories being walked, to catch symlink loops.
func (r *reader) visit(path string, explicit bool, ancestors []fs.FileInfo) bool {
	info, err := os.Stat(path) // follows symbolic links
	if err != nil {
		return r.send(Article{}, &Error{Path: path, Err: statError(err)})
	}
	if info.IsDir() {
		return r.walkDir(path, info, ancestors)
	}
	if formatOf(path) == formatSkip {
		if !explicit {
			return true
		}
		return r.send(Article{}, &Error{Path: path, Err: failf(ErrNotArticle,
			"not an article (%s files are skipped in directories)", strings.ToLower(filepath.Ext(path)))})
	}
	if !explicit && !info.Mode().IsRegular() {
		return true // sockets, devices, pipes found in a directory
	}
	size := int64(-1)
	if info.Mode().IsRegular() {
		size = info.Size()
	}
	return r.readFile(path, size)
}

// walkDir reads the entries of directory dir in name order, skipping
// hidden ones.
func (r *reader) walkDir(dir string, info fs.FileInfo, ancestors []fs.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			return r.send(Article{}, &Error{Path: dir, Err: failf(ErrSymlinkLoop,
				"symlink loop: leads back to a directory being walked")})
		}
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil && !r.send(Article{}, &Error{Path: dir, Err: unreadable(err)}) {
		return false
	}
	ancestors = append(ancestors[:len(ancestors):len(ancestors)], info)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if !r.visit(filepath.Join(dir, e.Name()), false, ancestors) {
			return false
		}
	}
	return true
}

// statError explains why a path cannot be opened.
func statError(err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return &reason{kind: ErrSymlinkLoop, cause: err, msg: "symlink loop: too many levels of symbolic links"}
	}
	return unreadable(err)
}
