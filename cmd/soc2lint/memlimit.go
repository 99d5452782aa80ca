package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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
// The limit counts all of the runtime's memory, not only the heap: the
// heap may grow to the limit less the memory that holds no heap object
// (goroutine stacks, the unused parts of the heap's spans, the runtime's
// own metadata: mostly 20 to 35 MiB in a scan, up to 50). The collector marks the live heap
// every time the heap has grown by what that leaves above it, so as the
// live heap nears it the collections come closer and closer: at 90 MiB
// live under 128 MiB, 22 to 26 of them back to back on the corpus copied
// four times (bench/README.md, perf15a), and its collector marked 5.5
// times the corpus's bytes for 4 times the allocation.
//
// So the limit keeps headroom of heap above the live heap: after every
// collection the watch reads the live heap and the memory that is not
// heap (runtime/metrics), and when the limit leaves the heap less than
// headroom above the live heap, the limit is raised to give it that, up to
// maxLimit. At maxLimit the heap keeps what is left: a moment of a higher
// live heap costs a few collections close together, as the corpus copied
// four times has at its peak (100-110 MiB live, 25-35 MiB besides the
// heap). A scan that keeps more live than maxLimit less minHeadroom, or
// whose collections at maxLimit leave less than half the headroom
// tightCollections times in a row, or whose collector takes too much of
// the CPU (gcTooCostly), has the limit lifted for good: from there on the
// run is paced by GOGC alone (liftedGCPercent, 50, after the first two;
// Go's 100 after the last). The corpus copied four times never comes
// within 21 MiB of maxLimit; one Terraform file of 30,000 resources
// reaches it with 100 MiB live and climbs on to 150 MB, and held there it
// ran 20 to 30 collections back to back, each marking the whole heap for
// a few MiB of allocation, before the live heap alone lifted the limit. Counting
// the memory besides the heap in the lift too lifted it at that peak, and
// the run then peaked at 221 MB instead of 150-160. The corpus, at most
// 72 MiB live and 96 MiB with the memory besides the heap, keeps the
// limit at softLimit.
//
// maxLimit bounds the peak: the copies' peak RSS is about the limit plus
// 5 to 11 MB (the binary's pages, memory the runtime does not count). With
// 136 MiB they peaked at 149 MB, 1.19 times the corpus's in a paired run;
// with 140 and 144 MiB at 158 and 160 MB, for 7-13% less marking instead
// of 5%.
//
// The limit is soc2lint's own default only: GOMEMLIMIT or GOGC in the
// environment (the user's own tuning) leave the runtime as they set it.
const (
	softLimit   = 128 << 20
	headroom    = 32 << 20
	minHeadroom = 8 << 20
	maxLimit    = 136 << 20
	// heldGCPercent is the most GOGC is raised to while the heap it lets
	// grow stays below the limit (see limitMemory), and GOGC at the start.
	heldGCPercent = 300
	// tightCollections is how many collections in a row may leave less
	// than half the headroom at maxLimit before the limit is lifted, and
	// liftedGCPercent is GOGC once a live heap too large for the limit
	// has lifted it (see limitWatch.check).
	tightCollections = 4
	liftedGCPercent  = 50
)

// limitMemory sets the soft limit unless the environment tunes the
// collector, and watches the heap after every collection.
//
// While the heap it lets grow stays below the limit, GOGC is raised above
// Go's 100 (limitWatch.pace): to 200 where three times the live heap and
// the memory besides the heap fit the limit, and further, in steps of 10
// up to heldGCPercent (300), where the heap that percent lets grow still
// leaves minHeadroom of the limit free. Most of a scan keeps little live
// (half of the corpus's collections kept 17 MB or less), and at 100 the
// collector ran every time the heap had doubled from that, 137 times on
// the corpus, marking 2.4 GB in all and taking about a fifth of the CPU;
// at 200 wherever that fitted, 57 to 68 times marking 1.2 to 1.3 GB; up
// to 300, 43 to 48 times marking 0.9 to 1.0 GB (bench/README.md,
// perf26a). Where the live heap is larger (from about 35 MB, three times
// which and the memory besides the heap reach the limit), GOGC is 100
// again, or 150 where that fits with the margin: more there only brings
// the heap to the limit sooner, where the collector works as often, and a
// limit reached more often was overshot more (the corpus copied four times, whose live heap
// is mostly 30 to 60 MB, peaked 8 MB higher with 200 throughout). Once
// the limit is lifted, the collector is paced by GOGC alone, 50 when a
// large live heap lifted it (limitWatch.liftLarge), 100 when the
// collector's cost did: past the limit, 200 would let the heap grow to
// three times the live heap.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" {
		return
	}
	w := &limitWatch{limit: softLimit, headroom: headroom, min: minHeadroom, max: maxLimit, heap: readHeap, costly: gcTooCostly, set: debug.SetMemoryLimit,
		percent: debug.SetGCPercent, held: heldGCPercent, pct: 100, tightMax: tightCollections, lifted: liftedGCPercent}
	w.set(softLimit)
	w.setPercent(heldGCPercent)
	w.arm()
}

// heapState is what the watch reads from the runtime after a collection.
type heapState struct {
	// live is the heap the collection kept.
	live uint64
	// other is the memory the limit counts that holds no heap object and
	// is not free for one: stacks, the unused parts of spans in use,
	// the runtime's metadata. The runtime gives the heap the limit less
	// this (runtime.gcControllerState.memoryLimitHeapGoal).
	other uint64
}

// readHeap reads the live heap and the memory the limit counts besides
// the heap from runtime/metrics; zeros when the runtime does not give
// them.
func readHeap() heapState {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindUint64 {
			return heapState{}
		}
	}
	st := heapState{live: s[0].Value.Uint64()}
	total, heap := s[1].Value.Uint64(), s[2].Value.Uint64()+s[3].Value.Uint64()+s[4].Value.Uint64()
	if total > heap {
		st.other = total - heap
	}
	return st
}

// limitWatch raises the soft limit, from limit, to keep headroom of heap
// above the live heap and the memory besides the heap, up to max; it
// lifts it once the live heap alone needs more than max less min, or once
// costly (when set) says the collector takes too much of the CPU.
type limitWatch struct {
	limit, headroom, min, max uint64
	heap                      func() heapState
	costly                    func() bool
	set                       func(int64) int64
	// percent sets GOGC (nil: left alone). held is GOGC while the heap
	// it lets grow stays below the limit, pct the GOGC last set.
	percent   func(int) int
	held, pct int
	// tight counts the collections in a row that left less than half the
	// headroom at max; tightMax of them lift the limit (0: never).
	tight, tightMax int
	// lifted is GOGC once a live heap too large for max has lifted the
	// limit (0: Go's 100).
	lifted int
}

// lift lifts the limit for good and paces the collector by GOGC percent.
func (w *limitWatch) lift(percent int) {
	w.set(math.MaxInt64)
	w.setPercent(percent)
}

// liftLarge lifts the limit for a live heap too large to keep under max:
// GOGC is then lifted (50), not Go's 100. A live heap past max, held
// there to the end of a run (one Terraform file of 30,000 resources keeps
// about 110 MB of values to the end of its evaluation, and the evaluator's
// own 40 MB besides), let GOGC 100 grow the heap to twice a live heap that
// the collections marking while the run allocates make look larger still:
// 280 to 320 MiB of heap, 330 to 410 MB of RSS (bench/README.md, perf20a).
func (w *limitWatch) liftLarge() {
	p := w.lifted
	if p == 0 {
		p = 100
	}
	w.lift(p)
}

// pace sets GOGC after a collection: 200 when the heap that lets grow
// (the live heap, twice as much again, and the memory besides the heap)
// stays within the limit, else Go's 100, as before held was raised; and
// more, in steps of 10 up to held, when that percent more than the live
// heap still leaves min of the limit free. Without that margin (GOGC
// raised as far as the limit allowed) the corpus's heap met the limit
// more often, and peaked at 141-153 MB against 134-144 (bench/README.md,
// perf26a); with it, at 134-141 MB.
func (w *limitWatch) pace(h heapState) {
	p := 100
	if h.live+h.live*2+h.other <= w.limit {
		p = 200
	}
	if h.live+h.other+w.min < w.limit {
		q := w.held
		if h.live > 0 {
			// Steps of 10, not 50: rounded down to 50, a live heap of
			// 30 MiB with 30 besides (the corpus copied four times, whose
			// roots' results keep its live heap higher than the corpus's)
			// lost up to 15 MiB of the room the limit leaves, and
			// collected more often for it (bench/README.md, perf29e).
			q = int(min((w.limit-w.min-h.live-h.other)*100/h.live, uint64(w.held))) / 10 * 10
		}
		p = max(p, q)
	}
	w.setPercent(p)
}

func (w *limitWatch) setPercent(p int) {
	if w.percent != nil && p != w.pct {
		w.pct = p
		w.percent(p)
	}
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

// check raises the limit when it leaves the heap less than headroom above
// the live heap, lifts it when the live heap needs more than max less min,
// when tightMax collections in a row at max left less than half the
// headroom, or when the collector has become too costly, sets GOGC (pace),
// and reports whether to keep watching. The limit is never lowered.
func (w *limitWatch) check() bool {
	if w.costly != nil && w.costly() {
		// A collector made costly by a live heap that the limit holds
		// close to it is lifted as a large live heap is (GOGC 50): with
		// 100 that live heap doubles. One Terraform file of 30,000
		// resources, once its parse took a third of the CPU it had, came
		// here at 90 MiB live and peaked at 290 MiB of heap (bench/README.md,
		// perf24a).
		if h := w.heap(); h.live+h.other+w.headroom > w.limit {
			w.liftLarge()
		} else {
			w.lift(100)
		}
		return false
	}
	h := w.heap()
	base := h.live + h.other
	if base+w.headroom <= w.limit {
		w.tight = 0
		w.pace(h)
		return true
	}
	if h.live+w.min > w.max {
		w.liftLarge()
		return false
	}
	if w.limit >= w.max && base+w.headroom/2 > w.limit {
		if w.tight++; w.tightMax > 0 && w.tight >= w.tightMax {
			w.liftLarge()
			return false
		}
	} else {
		w.tight = 0
	}
	if raised := min(base+w.headroom, w.max); raised > w.limit {
		w.limit = raised
		w.set(int64(w.limit))
	}
	w.pace(h)
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
