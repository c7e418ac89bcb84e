package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"kg/pipeline"
	"kg/schema"
)

func (a *app) buildCmd() *cobra.Command {
	var strict, keepGoing bool
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Read articles, extract them and write them to the store",
		Long: `Build reads the articles in each PATH (files, directories, or - for
standard input), extracts entities, relations and claims, and writes each
article to the store, replacing older versions. Unchanged articles are
skipped, so building again is cheap.

Failures are printed to stderr as "kg: PATH: reason" (PATH:LINE for JSON
Lines, "PATH: item N" for feeds) and the run goes on (--keep-going, the
default) or stops at the first one (--strict); the exit status is non-zero
if anything failed. A failed article leaves the store as it was.`,
		Example: `  kg build examples
  kg build --workers 4 --store-path /tmp/kg.db news/
  cat article.txt | kg build -`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if strict && keepGoing && cmd.Flags().Changed("keep-going") {
				return usageError{errors.New("--strict and --keep-going contradict each other; give one")}
			}
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			x, err := newExtractor(cfg)
			if err != nil {
				return err
			}
			st, err := a.openStore(cfg, false)
			if err != nil {
				return err
			}
			defer st.Close()

			bar := a.progressBar("building")
			opts := pipeline.Options{
				Workers:     cfg.Workers,
				MaxBytes:    cfg.Loaders.MaxBytes,
				BatchBytes:  cfg.Build.BatchBytes,
				MemoryLimit: cfg.Build.MemoryLimit,
				Strict:      strict,
				Vocab:       schema.New(cfg.BaseIRI),
				Progress:    bar.update,
				OnError: func(err error) {
					bar.clear()
					a.errorf("%v", err)
				},
			}
			sum, err := pipeline.Build(cmd.Context(), paths, opts, x, st)
			bar.finish()
			if errors.Is(err, context.Canceled) {
				err = errors.New("interrupted; the articles written so far are in the store")
			} else if err != nil && !errors.Is(err, pipeline.ErrStopped) {
				return err
			}
			if !a.quiet {
				printBuildSummary(a.stdout, sum)
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errReported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&strict, "strict", false, "stop at the first failure")
	f.BoolVar(&keepGoing, "keep-going", true, "report each failure and go on (the default)")
	f.Int("workers", 0, "extraction goroutines (config workers; 0 = one per core)")
	f.Int64("max-bytes", 0, "largest article read, in bytes (config loaders.max_bytes, default 50 MiB)")
	f.Int64("batch-bytes", 0, "database page bytes a write transaction may rewrite before batches shrink (config build.batch_bytes; 0 = 64 MiB, -1 = no bound)")
	f.Int64("memory-limit", 0, "soft heap limit of the build, in bytes (config build.memory_limit; 0 = derived, -1 = none)")
	return cmd
}

// printBuildSummary prints what a build did.
func printBuildSummary(w io.Writer, s pipeline.Summary) {
	fmt.Fprintf(w, "Articles: %d read, %d loaded, %d replaced, %d unchanged, %d failed\n",
		s.Read, s.Loaded, s.Replaced, s.Unchanged, s.Failed)
	fmt.Fprintf(w, "Written:  %d entities, %d relations, %d claims, %d quads\n",
		s.Entities, s.Relations, s.Claims, s.Quads)
	fmt.Fprintf(w, "Time:     %s\n", s.Elapsed.Round(time.Millisecond))
}

// bar is a progress bar on stderr, or nothing when stderr is not a
// terminal or --quiet is set (a nil *bar does nothing).
type bar struct{ pb *progressbar.ProgressBar }

func (a *app) progressBar(what string) *bar {
	if a.quiet || !isTerminal(a.stderr) {
		return nil
	}
	return &bar{progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (b *bar) update(done, total int) {
	if b == nil {
		return
	}
	if total >= 0 && int64(total) != b.pb.GetMax64() {
		b.pb.ChangeMax(total)
	}
	_ = b.pb.Set(done)
}

func (b *bar) clear() {
	if b != nil {
		_ = b.pb.Clear()
	}
}

func (b *bar) finish() {
	if b != nil {
		_ = b.pb.Finish()
		_ = b.pb.Clear()
	}
}
