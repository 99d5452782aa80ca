// Command gen writes large generated inputs for the bench/ scripts and
// benchmarks: one Terraform file of many resources, one CloudFormation
// template of many resources, or a repository of many Terraform modules.
//
//	go run ./bench/gen -kind tf -n 30000 -o big/main.tf
//	go run ./bench/gen -kind cfn -n 100000 -o big/stack.yaml
//	go run ./bench/gen -kind repo -n 2000 -o repo/
//
// The same flags always give the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
)

func main() {
	kind := flag.String("kind", "tf", "what to write: `tf` (one Terraform file), cfn (one CloudFormation template) or repo (a tree of Terraform modules)")
	n := flag.Int("n", 30000, "resources (tf, cfn) or modules (repo)")
	out := flag.String("o", "", "output file (tf, cfn) or directory (repo)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -o is required")
		os.Exit(2)
	}
	var err error
	switch *kind {
	case "tf":
		err = writeFile(*out, func(w io.Writer) error { return generate.Terraform(w, *n) })
	case "cfn":
		err = writeFile(*out, func(w io.Writer) error { return generate.CloudFormation(w, *n) })
	case "repo":
		err = generate.Repository(*out, *n)
	default:
		err = fmt.Errorf("unknown kind %q", *kind)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func writeFile(path string, fill func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := fill(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
