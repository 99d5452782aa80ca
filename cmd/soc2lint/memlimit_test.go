package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
)

// TestLimitWatchLifts: the limit (128 here) is raised to keep 32 of heap
// above the live heap and the memory besides the heap, up to 160; it is
// lifted once the live heap alone is within 8 of 160, or once the
// collector is too costly. GOGC is 200 while three times the live heap
// and the memory besides it stay within the limit, or more, in steps of
// 10 up to held (200 here), while that leaves 8 of the limit free; 100
// otherwise and once the limit is lifted.
func TestLimitWatchLifts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		heap     []heapState // after each collection
		costly   []bool      // whether the collector took too much CPU by then
		want     []int64     // limits set, in order
		watch    bool        // still watching after the last
		percents []int       // GOGC set, in order, from 200
	}{
		{"stays below", []heapState{{10, 20}, {50, 20}, {76, 20}}, []bool{false, false, false}, nil, true, []int{100}},
		{"headroom counted beyond the memory that is not heap", []heapState{{10, 20}, {80, 20}}, []bool{false, false}, []int64{132}, true, []int{100}},
		{"raised with the live heap, never lowered", []heapState{{10, 20}, {77, 20}, {76, 20}, {80, 20}, {50, 20}}, []bool{false, false, false, false, false}, []int64{129, 132}, true, []int{100}},
		{"raised with the memory that is not heap", []heapState{{70, 20}, {70, 30}}, []bool{false, false}, []int64{132}, true, []int{100}},
		{"held at the most, the memory besides the heap not counted in the lift", []heapState{{100, 20}, {120, 20}, {132, 20}, {150, 30}}, []bool{false, false, false, false}, []int64{152, 160}, true, []int{100}},
		{"raised, then lifted once the live heap needs more than the most less the least", []heapState{{10, 20}, {97, 20}, {128, 20}, {152, 0}, {153, 0}}, []bool{false, false, false, false, false}, []int64{149, 160, math.MaxInt64}, false, []int{100}},
		{"lifted at once past the most", []heapState{{10, 20}, {200, 20}}, []bool{false, false}, []int64{math.MaxInt64}, false, []int{100}},
		{"collector too costly below the live threshold", []heapState{{10, 20}, {70, 20}}, []bool{false, true}, []int64{math.MaxInt64}, false, []int{100}},
		{"collector too costly once raised", []heapState{{100, 20}, {90, 20}}, []bool{false, true}, []int64{152, math.MaxInt64}, false, []int{100}},
		{"nothing read", []heapState{{0, 0}}, []bool{false}, nil, true, nil},
		// 200 percent more than the live heap, and the memory besides
		// it, within the limit of 128: 36*3+20 = 128 is, 37*3+20 is not;
		// in steps of 10, as far as leaves 8 free: 37*2.7+20 = 119.9 does,
		// 37*2.8+20 = 123.6 does not (170); 40*2.5+20 = 120 does (150),
		// 50*2.1+20 = 125 does not (100).
		{"GOGC follows the live heap", []heapState{{36, 20}, {37, 20}, {50, 20}, {36, 20}, {10, 20}, {40, 20}}, []bool{false, false, false, false, false, false}, nil, true, []int{170, 100, 200, 150}},
		{"GOGC against the raised limit", []heapState{{80, 20}, {30, 20}, {37, 20}}, []bool{false, false, false}, []int64{132}, true, []int{100, 200}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []int64
			var percents []int
			i := 0
			w := &limitWatch{limit: 128, headroom: 32, min: 8, max: 160, heap: func() heapState { return tc.heap[i] }, costly: func() bool { return tc.costly[i] },
				set:     func(n int64) int64 { set = append(set, n); return 0 },
				percent: func(n int) int { percents = append(percents, n); return 0 }, held: 200, pct: 200}
			watching := true
			for i = range tc.heap {
				if !watching {
					t.Fatal("checked after it stopped watching")
				}
				watching = w.check()
			}
			if watching != tc.watch || !slices.Equal(set, tc.want) {
				t.Errorf("set %v, watching %v; want %v, %v", set, watching, tc.want, tc.watch)
			}
			if !slices.Equal(percents, tc.percents) {
				t.Errorf("GOGC set to %v, want %v", percents, tc.percents)
			}
		})
	}
}

// TestLimitWatchLiftsWhenTight: at the most (160 here), tightMax (3)
// collections in a row that leave less than half the headroom (16) above
// the live heap and the memory besides it lift the limit, and GOGC is then
// lifted (50); a collection that leaves more starts the count again, and
// below the most none counts. The lift on the cost sets Go's 100, or 50
// when the live heap and headroom no longer fit under the limit.
func TestLimitWatchLiftsWhenTight(t *testing.T) {
	for _, tc := range []struct {
		name     string
		heap     []heapState
		costly   []bool
		want     []int64
		watch    bool
		percents []int
	}{
		{"three tight in a row", []heapState{{100, 20}, {110, 30}, {118, 30}, {119, 30}, {110, 20}, {118, 30}, {118, 30}, {118, 30}},
			[]bool{false, false, false, false, false, false, false, false}, []int64{152, 160, math.MaxInt64}, false, []int{100, 50}},
		{"tight below the most does not count", []heapState{{100, 20}, {110, 30}, {110, 30}, {110, 30}},
			[]bool{false, false, false, false}, []int64{152, 160}, true, []int{100}},
		{"lifted past the most less the least", []heapState{{10, 20}, {153, 0}}, []bool{false, false}, []int64{math.MaxInt64}, false, []int{50}},
		{"lifted on the cost", []heapState{{100, 20}, {90, 20}}, []bool{false, true}, []int64{152, math.MaxInt64}, false, []int{100}},
		{"lifted on the cost, the live heap near the limit", []heapState{{100, 20}, {115, 20}}, []bool{false, true}, []int64{152, math.MaxInt64}, false, []int{100, 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []int64
			var percents []int
			i := 0
			w := &limitWatch{limit: 128, headroom: 32, min: 8, max: 160, heap: func() heapState { return tc.heap[i] }, costly: func() bool { return tc.costly[i] },
				set:     func(n int64) int64 { set = append(set, n); return 0 },
				percent: func(n int) int { percents = append(percents, n); return 0 }, held: 200, pct: 200, tightMax: 3, lifted: 50}
			watching := true
			for i = range tc.heap {
				if !watching {
					t.Fatal("checked after it stopped watching")
				}
				watching = w.check()
			}
			if watching != tc.watch || !slices.Equal(set, tc.want) {
				t.Errorf("set %v, watching %v; want %v, %v", set, watching, tc.want, tc.watch)
			}
			if !slices.Equal(percents, tc.percents) {
				t.Errorf("GOGC set to %v, want %v", percents, tc.percents)
			}
		})
	}
}

// TestReadHeap: the runtime gives the live heap and memory besides the
// heap (stacks at least) once a collection has run.
func TestReadHeap(t *testing.T) {
	runtime.GC()
	h := readHeap()
	if h.live == 0 || h.other == 0 {
		t.Errorf("readHeap() = %+v, want both set", h)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if h.other >= m.Sys {
		t.Errorf("memory besides the heap %d, not below all the runtime's %d", h.other, m.Sys)
	}
}

// TestLimitMemoryRespectsEnvironment: GOMEMLIMIT or GOGC in the
// environment leave the runtime alone.
func TestLimitMemoryRespectsEnvironment(t *testing.T) {
	for _, env := range []string{"GOMEMLIMIT", "GOGC"} {
		t.Run(env, func(t *testing.T) {
			before := debugMemoryLimit()
			percent := debug.SetGCPercent(-1)
			debug.SetGCPercent(percent)
			t.Setenv(env, "off")
			limitMemory()
			if got := debugMemoryLimit(); got != before {
				t.Errorf("memory limit %d with %s set, was %d", got, env, before)
			}
			if got := debug.SetGCPercent(percent); got != percent {
				t.Errorf("GOGC %d with %s set, was %d", got, env, percent)
			}
		})
	}
}

// debugMemoryLimit reads the memory limit without changing it.
func debugMemoryLimit() int64 { return debug.SetMemoryLimit(-1) }

// TestLimitMemorySets: without the environment's tuning, the soft limit is
// set, and GOGC is heldGCPercent.
func TestLimitMemorySets(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	before := debugMemoryLimit()
	defer debug.SetMemoryLimit(before)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	limitMemory()
	if got := debugMemoryLimit(); got != softLimit {
		t.Errorf("memory limit %d, want %d", got, softLimit)
	}
	if got := debug.SetGCPercent(100); got != heldGCPercent {
		t.Errorf("GOGC %d, want %d", got, heldGCPercent)
	}
}

// TestLimitWatchRunsAfterCollections: the watch checks after collections,
// raising the limit, until the live heap needs more than its most.
func TestLimitWatchRunsAfterCollections(t *testing.T) {
	lifted := make(chan int64, 4)
	checks := 0
	w := &limitWatch{limit: 3, headroom: 1, max: 4, heap: func() heapState { checks++; return heapState{live: uint64(checks)} }, set: func(n int64) int64 { lifted <- n; return 0 }}
	w.arm()
	var set []int64
	for range 100 {
		runtime.GC()
		select {
		case n := <-lifted:
			if set = append(set, n); n == math.MaxInt64 {
				if !slices.Equal(set, []int64{4, math.MaxInt64}) {
					t.Errorf("set the limit to %v, want 4 then lifted", set)
				}
				return
			}
		default:
		}
		runtime.Gosched()
	}
	t.Fatalf("no lift after 100 collections (%d checks)", checks)
}
