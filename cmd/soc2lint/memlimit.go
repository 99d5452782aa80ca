package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"github.com/soc2lint/soc2lint/engine"
)

// A soft memory limit for the run, while the live heap stays well below it.
//
// Go collects garbage when the heap has grown by GOGC percent (100) over
// what the last collection kept, so a scan's peak memory is about twice
// its live heap, and more when two collections fall far apart. A scan of
// the real-world corpus keeps at most about 80 MB live, yet peaked near
// 200 MB of RSS: most of it garbage. Under a soft limit the collector runs
// earlier as the heap nears the limit, for some more CPU, and the peak
// stays near the limit.
//
// A limit below what the scan needs live would make the collector run
// again and again, so the limit keeps headroom above the live heap: when
// a collection leaves more than the limit less headroom live, the limit is
// raised to the live heap plus headroom, up to maxLimit. A scan that keeps
// more live than that (maxLimit less headroom), or whose collector takes
// too much of the CPU (gcTooCostly), has the limit lifted for good: from
// there on the run is paced by GOGC alone, as without the limit. Lifting
// it as soon as the live heap passed 96 MB, as before, made the corpus
// copied four times peak at 1.15 or 1.7 times the corpus's RSS from one
// run to the next: its live heap comes within a few MB of that mark.
//
// The limit is soc2lint's own default only: GOMEMLIMIT or GOGC in the
// environment (the user's own tuning) leave the runtime as they set it.
const (
	softLimit = 128 << 20
	headroom  = softLimit / 4
	maxLimit  = softLimit * 5 / 4
)

// limitMemory sets the soft limit unless the environment tunes the
// collector, and watches the live heap after every collection.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" {
		return
	}
	w := &limitWatch{limit: softLimit, headroom: headroom, max: maxLimit, live: engine.LiveHeap, costly: gcTooCostly, set: debug.SetMemoryLimit}
	w.set(softLimit)
	w.arm()
}

// limitWatch raises the soft limit, from limit, to keep headroom above
// the live heap, up to max; it lifts it once the live heap needs more, or
// once costly (when set) says the collector takes too much of the CPU.
type limitWatch struct {
	limit, headroom, max uint64
	live                 func() uint64
	costly               func() bool
	set                  func(int64) int64
}

// arm runs check after the next garbage collection: a finalizer runs once
// the collector finds its object unreachable. Checks thus run one at a
// time, on the finalizer goroutine.
func (w *limitWatch) arm() {
	runtime.SetFinalizer(new([64]byte), func(*[64]byte) {
		if w.check() {
			w.arm()
		}
	})
}

// check raises the limit when the live heap has come within headroom of
// it, lifts it when the live heap needs more than max or the collector
// has become too costly, and reports whether to keep watching.
func (w *limitWatch) check() bool {
	live := w.live()
	if live+w.headroom <= w.limit && (w.costly == nil || !w.costly()) {
		return true
	}
	if live+w.headroom > w.max || w.costly != nil && w.costly() {
		w.set(math.MaxInt64)
		return false
	}
	w.limit = live + w.headroom
	w.set(int64(w.limit))
	return true
}

// maxGCShare is the share of the scan's CPU time the collector may take
// before the limit is lifted. Paced by GOGC alone it takes about a quarter
// on the real-world corpus, and on it copied four times; with the limit
// kept there, 0.28 to 0.31 (bench/README.md, perf14a): 0.30 lifted the
// limit in some runs and not in others. The headroom bounds the
// collector's work per byte allocated, so this is a backstop.
const maxGCShare = 0.35

// gcTooCostly reports whether the collector has taken more than
// maxGCShare of the CPU time spent so far, once a second of CPU is spent.
// The collector's marking on processors that had nothing else to run
// (idle marking) is left out: it delays no part of the scan. On the corpus
// copied four times it was a fifth of the collector's time, and counting
// it, a run measured the share at 0.285 when the live heap lifted the
// limit (16 of the collector's 83 s were idle marking): 0.24 without.
func gcTooCostly() bool {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/gc/mark/idle:cpu-seconds"}, {Name: "/cpu/classes/user:cpu-seconds"}}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindFloat64 {
			return false
		}
	}
	gc, user := s[0].Value.Float64()-s[1].Value.Float64(), s[2].Value.Float64()
	return gc+user > 1 && gc > maxGCShare*(gc+user)
}
