// Command gen writes schema.txt.gz, the CloudFormation schema table of
// package cfnschema, from the goformation version that go.mod requires.
// Run it with go generate in internal/cfnschema.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"

	"github.com/soc2lint/soc2lint/internal/cfnschema/internal/generate"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	version, err := generate.ModuleVersion(".")
	if err != nil {
		return err
	}
	table, err := generate.Table(version)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(table); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile("schema.txt.gz", buf.Bytes(), 0o644)
}
