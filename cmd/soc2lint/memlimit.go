package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"

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
// stays near the limit. A limit below what the scan needs live would make
// the collector run again and again, so the limit is lifted for good as
// soon as a collection leaves more than liftAt live: from there on the
// run is paced by GOGC alone, as without the limit.
//
// The limit is soc2lint's own default only: GOMEMLIMIT or GOGC in the
// environment (the user's own tuning) leave the runtime as they set it.
const (
	softLimit = 128 << 20
	liftAt    = softLimit * 3 / 4
)

// limitMemory sets the soft limit unless the environment tunes the
// collector, and watches the live heap after every collection.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" {
		return
	}
	w := &limitWatch{lift: liftAt, live: engine.LiveHeap, costly: gcTooCostly, set: debug.SetMemoryLimit}
	w.set(softLimit)
	w.arm()
}

// limitWatch lifts the soft limit once the live heap passes lift, or once
// costly (when set) says the collector takes too much of the CPU.
type limitWatch struct {
	lift   uint64
	live   func() uint64
	costly func() bool
	set    func(int64) int64

	once sync.Once
}

// arm runs check after the next garbage collection: a finalizer runs once
// the collector finds its object unreachable.
func (w *limitWatch) arm() {
	runtime.SetFinalizer(new([64]byte), func(*[64]byte) {
		if w.check() {
			w.arm()
		}
	})
}

// check lifts the limit when the live heap has passed w.lift or the
// collector has become too costly, and reports whether to keep watching.
func (w *limitWatch) check() bool {
	if w.live() <= w.lift && (w.costly == nil || !w.costly()) {
		return true
	}
	w.once.Do(func() { w.set(math.MaxInt64) })
	return false
}

// maxGCShare is the share of the scan's CPU time the collector may take
// before the limit is lifted. Paced by GOGC alone it takes about a quarter
// on the real-world corpus; a live heap that stays just below liftAt would
// make the limited collector run far more often than that.
const maxGCShare = 0.30

// gcTooCostly reports whether the collector has taken more than
// maxGCShare of the CPU time spent so far, once a second of CPU is spent.
func gcTooCostly() bool {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/user:cpu-seconds"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64 || s[1].Value.Kind() != metrics.KindFloat64 {
		return false
	}
	gc, user := s[0].Value.Float64(), s[1].Value.Float64()
	return gc+user > 1 && gc > maxGCShare*(gc+user)
}
