// Command floor measures issue 10's floor: only read and parse every file
// of a tree, one worker per core, nothing else. It walks DIR as `lint`
// does (the same file names, the same skipped directories, no symbolic
// link followed, files over the size limit left out), reads each file and
// parses it: .tf and Terraform's tfvars files with HCL (hclsyntax, or
// HCL's JSON reader for .tf.json), YAML and JSON files with the
// CloudFormation reader up to the values as read and the template test
// (cloudformation.ReadOnly: no template built, nothing evaluated). No
// rule runs, nothing is kept.
//
//	go run ./bench/floor [-workers N] [-max-file-size BYTES] DIR...
//
// It prints the files read, their bytes, how many parsed as Terraform and
// as templates, the wall time and the process's CPU time (user + sys).
// Time it with /usr/bin/time beside `lint` for peak RSS.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

var skipDirs = map[string]bool{".git": true, "node_modules": true, ".terraform": true}

func main() {
	workers := flag.Int("workers", 0, "workers (0: GOMAXPROCS, one per core)")
	maxSize := flag.Int64("max-file-size", engine.DefaultMaxFileSize, "largest file read, in bytes")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: floor [-workers N] DIR...")
		os.Exit(2)
	}
	n := *workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	paths := make(chan string, 256)
	var files, bytes, tf, templates, failed atomic.Int64
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					failed.Add(1)
					continue
				}
				files.Add(1)
				bytes.Add(int64(len(data)))
				name := filepath.Base(p)
				switch {
				case strings.HasSuffix(name, ".json") && (terraform.IsConfigFile(name) || terraform.IsVarsFile(name)):
					if _, d := hcljson.Parse(data, p); !d.HasErrors() {
						tf.Add(1)
					}
				case terraform.IsConfigFile(name) || terraform.IsVarsFile(name):
					if _, d := hclsyntax.ParseConfig(data, p, hcl.InitialPos); !d.HasErrors() {
						tf.Add(1)
					}
				default:
					if cloudformation.ReadOnly(parser.Source{Path: p, Abs: p, Bytes: data}) {
						templates.Add(1)
					}
				}
			}
		}()
	}
	for _, dir := range flag.Args() {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if p != dir && skipDirs[d.Name()] {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !engine.Relevant(d.Name()) {
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > *maxSize {
				return nil
			}
			paths <- p
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	close(paths)
	wg.Wait()
	wall := time.Since(start)
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	fmt.Printf("%d files (%d MB) read by %d workers: %d parsed as Terraform, %d templates, %d unreadable; wall %v, CPU %v\n",
		files.Load(), bytes.Load()>>20, n, tf.Load(), templates.Load(), failed.Load(), wall.Round(time.Millisecond), cpu.Round(time.Millisecond))
}
