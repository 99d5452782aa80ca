package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
)

func TestLimitWatchLifts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lives  []uint64 // live heap after each collection
		costly []bool   // whether the collector took too much CPU by then
		want   []int64  // limits set, in order
		watch  bool     // still watching after the last
	}{
		{"stays below", []uint64{10, 50, 96}, []bool{false, false, false}, nil, true},
		{"raised with the live heap", []uint64{10, 97, 96, 100}, []bool{false, false, false, false}, []int64{129, 132}, true},
		{"raised, then lifted past the most", []uint64{10, 97, 128, 129}, []bool{false, false, false, false}, []int64{129, 160, math.MaxInt64}, false},
		{"lifted at once past the most", []uint64{10, 200}, []bool{false, false}, []int64{math.MaxInt64}, false},
		{"collector too costly below the live threshold", []uint64{10, 90}, []bool{false, true}, []int64{math.MaxInt64}, false},
		{"collector too costly once raised", []uint64{100, 90}, []bool{false, true}, []int64{132, math.MaxInt64}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []int64
			i := 0
			w := &limitWatch{limit: 128, headroom: 32, max: 160, live: func() uint64 { return tc.lives[i] }, costly: func() bool { return tc.costly[i] },
				set: func(n int64) int64 { set = append(set, n); return 0 }}
			watching := true
			for i = range tc.lives {
				if !watching {
					t.Fatal("checked after it stopped watching")
				}
				watching = w.check()
			}
			if watching != tc.watch || !slices.Equal(set, tc.want) {
				t.Errorf("set %v, watching %v; want %v, %v", set, watching, tc.want, tc.watch)
			}
		})
	}
}

// TestLimitMemoryRespectsEnvironment: GOMEMLIMIT or GOGC in the
// environment leave the runtime alone.
func TestLimitMemoryRespectsEnvironment(t *testing.T) {
	for _, env := range []string{"GOMEMLIMIT", "GOGC"} {
		t.Run(env, func(t *testing.T) {
			before := debugMemoryLimit()
			t.Setenv(env, "off")
			limitMemory()
			if got := debugMemoryLimit(); got != before {
				t.Errorf("memory limit %d with %s set, was %d", got, env, before)
			}
		})
	}
}

// debugMemoryLimit reads the memory limit without changing it.
func debugMemoryLimit() int64 { return debug.SetMemoryLimit(-1) }

// TestLimitMemorySets: without the environment's tuning, the soft limit is
// set.
func TestLimitMemorySets(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	before := debugMemoryLimit()
	defer debug.SetMemoryLimit(before)
	limitMemory()
	if got := debugMemoryLimit(); got != softLimit {
		t.Errorf("memory limit %d, want %d", got, softLimit)
	}
}

// TestLimitWatchRunsAfterCollections: the watch checks after collections,
// raising the limit, until the live heap needs more than its most.
func TestLimitWatchRunsAfterCollections(t *testing.T) {
	lifted := make(chan int64, 4)
	checks := 0
	w := &limitWatch{limit: 3, headroom: 1, max: 4, live: func() uint64 { checks++; return uint64(checks) }, set: func(n int64) int64 { lifted <- n; return 0 }}
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
