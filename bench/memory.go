package bench

import (
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Memory is resident memory of a process, in bytes, as /proc/PID/status
// splits it: RssAnon (heap, stacks: what the process allocated) and
// RssFile (pages of mapped files, bolt's database file among them: page
// cache the kernel can take back, counted as resident while mapped).
type Memory struct {
	Anon, File int64
}

// ReadMemory reads the resident memory of process pid (0: this process).
func ReadMemory(pid int) (Memory, error) {
	status := "/proc/self/status"
	if pid > 0 {
		status = fmt.Sprintf("/proc/%d/status", pid)
	}
	data, err := os.ReadFile(status)
	if err != nil {
		return Memory{}, err
	}
	var m Memory
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		switch k {
		case "RssAnon":
			m.Anon = kb * 1024
		case "RssFile":
			m.File = kb * 1024
		}
	}
	return m, nil
}

// MemorySampler records the largest anonymous and file-backed resident
// memory of a process, read every interval until Stop.
type MemorySampler struct {
	stop chan struct{}
	done chan Memory
}

// SampleMemory starts sampling process pid (0: this process) every
// interval.
func SampleMemory(pid int, interval time.Duration) *MemorySampler {
	s := &MemorySampler{stop: make(chan struct{}), done: make(chan Memory, 1)}
	go func() {
		var peak Memory
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			if m, err := ReadMemory(pid); err == nil {
				peak.Anon = max(peak.Anon, m.Anon)
				peak.File = max(peak.File, m.File)
			}
			select {
			case <-s.stop:
				s.done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

// Stop stops sampling and returns the peaks.
func (s *MemorySampler) Stop() Memory {
	close(s.stop)
	return <-s.done
}

// PeakHeapProfiler writes a heap profile of this process to a file each
// time the live heap (as of the last garbage collection) has grown by a
// tenth over the largest it has written, so that the file ends up holding
// the profile at (nearly) the peak, not at the end when most is freed:
//
//	go tool pprof -sample_index=inuse_space -top peak.heap
type PeakHeapProfiler struct {
	path string
	stop chan struct{}
	wg   sync.WaitGroup
	mu   sync.Mutex
	live uint64 // live heap bytes of the profile written last
	err  error
}

// ProfilePeakHeap starts a PeakHeapProfiler writing to path.
func ProfilePeakHeap(path string) *PeakHeapProfiler {
	p := &PeakHeapProfiler{path: path, stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			p.check()
			select {
			case <-p.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

func (p *PeakHeapProfiler) check() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := sample[0].Value.Uint64()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil || live < p.live+p.live/10 {
		return
	}
	f, err := os.Create(p.path)
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	p.live, p.err = live, err
}

// Stop stops the profiler and returns the largest live heap it profiled.
func (p *PeakHeapProfiler) Stop() (uint64, error) {
	close(p.stop)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.live, p.err
}
