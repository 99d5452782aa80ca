// Command profile scans a tree the way `soc2lint lint` does and writes
// CPU and heap profiles, for finding what a scan spends.
//
//	go run ./bench/profile -cpu cpu.out -mem mem.out [-workers N] DIR
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

func main() {
	cpu := flag.String("cpu", "", "write a CPU profile to `file`")
	mem := flag.String("mem", "", "write an allocation profile to `file` (taken when the live heap peaks)")
	workers := flag.Int("workers", 0, "workers (0: one per CPU)")
	end := flag.String("end", "", "write a heap profile to `file` once the scan is done, with its result live")
	rate := flag.Int("mem-rate", 0, "bytes allocated per heap profile sample (0: Go's default of 512 KB)")
	maxSize := flag.Int64("max-file-size", 0, "largest file read, in bytes (0: the default of lint)")
	every := flag.Duration("every", 0, "with -mem, also write a heap profile to `file`.N every so often (N from 1), each showing what the last collection kept")
	declaredOnly := flag.Bool("declared-only", false, "leave out the per-root rules that declare nothing they read (Rule.Reads), as when every rule declares: the path that checks resources as they are evaluated")
	skip := flag.String("skip-rule", "", "leave out these rules, `ID[,ID...]` (as lint's -skip-rule)")
	flag.Parse()
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer pprof.StopCPUProfile()
	}
	if *rate > 0 {
		runtime.MemProfileRate = *rate
	}
	start := time.Now()
	peak := watchPeak(*mem)
	stopEvery := writeEvery(*mem, *every)
	rs := rules.All()
	if *declaredOnly {
		rs = slices.DeleteFunc(rs, func(r *engine.Rule) bool { return r.Scope == engine.PerRoot && r.Reads == nil })
	}
	if *skip != "" {
		ids := strings.Split(*skip, ",")
		rs = slices.DeleteFunc(rs, func(r *engine.Rule) bool { return slices.Contains(ids, r.ID) })
	}
	res, err := engine.Scan(context.Background(), flag.Args(), engine.Config{Rules: rs, Workers: *workers, MaxFileSize: *maxSize})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	elapsed := time.Since(start)
	stopEvery()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	inuse, live := peak()
	fmt.Printf("%d findings, %d files, %v, total alloc %d MB in %d allocations, heap in use at the end %d MB, at most %d MB, live at most %d MB, %d GCs\n",
		len(res.Findings), res.FilesScanned, elapsed.Round(time.Millisecond), ms.TotalAlloc>>20, ms.Mallocs, ms.HeapInuse>>20, inuse>>20, live>>20, ms.NumGC)
	if *end != "" {
		runtime.GC()
		if f, err := os.Create(*end); err == nil {
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
	runtime.KeepAlive(res)
}

// watchPeak samples the heap every 20 ms. It returns a function that
// stops sampling and returns the highest heap in use seen (live objects
// and garbage not yet collected) and the highest live heap (what the last
// collection kept, /gc/heap/live:bytes). When file is set, it writes a
// heap profile each time the live heap reaches a new high (by 4 MB): a
// heap profile shows what the last collection kept, so the last one
// written shows what was live at the peak.
func watchPeak(file string) func() (inuse, live uint64) {
	done := make(chan struct{})
	stopped := make(chan [2]uint64)
	go func() {
		var maxInuse, maxLive, written uint64
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				stopped <- [2]uint64{maxInuse, maxLive}
				return
			case <-t.C:
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			maxInuse = max(maxInuse, ms.HeapInuse)
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				continue
			}
			live := sample[0].Value.Uint64()
			maxLive = max(maxLive, live)
			if file != "" && live > written+4<<20 {
				written = live
				if f, err := os.Create(file); err == nil {
					_ = pprof.Lookup("heap").WriteTo(f, 0)
					f.Close()
				}
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		r := <-stopped
		return r[0], r[1]
	}
}

// writeEvery writes a heap profile to file.1, file.2, ... every d until
// the returned function is called: the live heap over a scan, not only at
// its peak. Nothing when file is empty or d is 0.
func writeEvery(file string, d time.Duration) func() {
	if file == "" || d <= 0 {
		return func() {}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(d)
		defer t.Stop()
		for n := 1; ; n++ {
			select {
			case <-done:
				return
			case <-t.C:
			}
			if f, err := os.Create(fmt.Sprintf("%s.%d", file, n)); err == nil {
				_ = pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}
