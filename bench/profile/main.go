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
	"runtime/pprof"
	"time"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

func main() {
	cpu := flag.String("cpu", "", "write a CPU profile to `file`")
	mem := flag.String("mem", "", "write an allocation profile to `file` (sampled at peak use)")
	workers := flag.Int("workers", 0, "workers (0: one per CPU)")
	maxSize := flag.Int64("max-file-size", 0, "largest file read, in bytes (0: the default of lint)")
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
	start := time.Now()
	peak := watchPeak(*mem)
	res, err := engine.Scan(context.Background(), flag.Args(), engine.Config{Rules: rules.All(), Workers: *workers, MaxFileSize: *maxSize})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	elapsed := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("%d findings, %d files, %v, total alloc %d MB, heap in use at the end %d MB, at most %d MB\n",
		len(res.Findings), res.FilesScanned, elapsed.Round(time.Millisecond), ms.TotalAlloc>>20, ms.HeapInuse>>20, peak()>>20)
	runtime.KeepAlive(res)
}

// watchPeak samples the heap in use every 20 ms and, when file is set,
// writes a heap profile each time it reaches a new high (every 16 MB), so
// that the last one shows what was live at the peak. The returned function
// stops sampling and returns the highest heap seen.
func watchPeak(file string) func() uint64 {
	done := make(chan struct{})
	stopped := make(chan uint64)
	go func() {
		var max, written uint64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				stopped <- max
				return
			case <-t.C:
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > max {
				max = ms.HeapInuse
			}
			if file != "" && max > written+16<<20 {
				written = max
				if f, err := os.Create(file); err == nil {
					_ = pprof.Lookup("heap").WriteTo(f, 0)
					f.Close()
				}
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-stopped
	}
}
