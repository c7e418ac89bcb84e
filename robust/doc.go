// Package robust holds kg's end-to-end robustness tests; it has no code of
// its own beyond this comment.
//
// The tests prove, by doing it for real with the kg binary and real stores on
// disk, that bad input, crashes, lock contention and hostile queries lose
// nothing and explain themselves:
//
//   - a folder of good articles mixed with binary, empty, invalid UTF-8,
//     oversized, unreadable and malformed files (and a symlink loop) loads
//     every good article, reports each bad one once with its path and reason,
//     exits non-zero, and leaves what was already in the store untouched;
//   - pathological text (a 5 MB line, 100k capitalised words, deeply nested
//     HTML) is read and extracted in time linear in its size;
//   - a build killed with SIGKILL at random points leaves a store that opens,
//     holds only complete articles (a replaced article is exactly its old or
//     its new version, also when the kill falls inside the replacement),
//     and is completed by the next build to exactly the state of an
//     uninterrupted one;
//   - a second kg process on a held bolt store fails fast with a clear error;
//   - Gizmo queries that loop, allocate or enumerate everything are stopped
//     by the timeout, the memory limit and the result limit;
//   - configuration mistakes give one line saying what to fix.
//
// It must not be imported: it exists only for its tests.
package robust
