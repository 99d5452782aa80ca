package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// everyResource is a rule that reports each resource, to see what was read.
var everyResource = &Rule{ID: "TEST-001", Severity: Low, Check: func(p *Pass) {
	for _, r := range p.graph.Resources() {
		p.Report(r, nil, "%s", r.Address)
	}
}}

func scanAddresses(t *testing.T, paths []string, cfg Config) ([]string, parser.Diagnostics) {
	t.Helper()
	cfg.Rules = []*Rule{everyResource}
	res, err := Scan(context.Background(), paths, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Range.File+"|"+f.Resource.Address)
	}
	return out, res.Diagnostics
}

func TestWalkSkipsAndSymlinks(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	tree := filepath.Join(root, "tree")
	write(t, filepath.Join(tree, "main.tf"), `resource "aws_vpc" "a" {}`)
	write(t, filepath.Join(tree, ".terraform", "modules", "x", "main.tf"), `resource "aws_vpc" "hidden" {}`)
	write(t, filepath.Join(tree, "node_modules", "m", "main.tf"), `resource "aws_vpc" "nm" {}`)
	write(t, filepath.Join(tree, ".git", "x.tf"), `resource "aws_vpc" "git" {}`)
	write(t, filepath.Join(outside, "secret.tf"), `resource "aws_vpc" "outside" {}`)
	write(t, filepath.Join(tree, "sub", "b.tf"), `resource "aws_vpc" "b" {}`)
	must(t, os.Symlink(filepath.Join(outside, "secret.tf"), filepath.Join(tree, "escape.tf")))
	must(t, os.Symlink(outside, filepath.Join(tree, "escapedir")))
	must(t, os.Symlink(tree, filepath.Join(tree, "sub", "loop")))
	must(t, os.Symlink(filepath.Join(tree, "sub", "b.tf"), filepath.Join(tree, "inside.tf")))
	must(t, os.Symlink(filepath.Join(tree, "nowhere.tf"), filepath.Join(tree, "dangling.tf")))

	got, diags := scanAddresses(t, []string{tree}, Config{})
	joined := strings.Join(got, "\n")
	for _, no := range []string{"hidden", "nm", "git", "outside"} {
		if strings.Contains(joined, no) {
			t.Errorf("read %s:\n%s", no, joined)
		}
	}
	for _, yes := range []string{"aws_vpc.a", "aws_vpc.b"} {
		if !strings.Contains(joined, yes) {
			t.Errorf("missed %s:\n%s", yes, joined)
		}
	}
	var escaped bool
	for _, d := range diags {
		escaped = escaped || strings.Contains(d.Summary, "out of the scanned tree")
	}
	if !escaped {
		t.Errorf("no note for the link out of the tree: %v", diags)
	}
}

func TestParseErrorKeepsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "bad.tf"), "resource \"aws_vpc\" \"x\" {\n  cidr = \n")
	write(t, filepath.Join(dir, "b", "good.tf"), `resource "aws_vpc" "good" {}`)
	write(t, filepath.Join(dir, "c", "bin.tf"), "resource\x00\x01")
	write(t, filepath.Join(dir, "d", "empty.tf"), "")
	write(t, filepath.Join(dir, "d", "comments.tf"), "# nothing here\n// nor here\n")
	got, diags := scanAddresses(t, []string{dir}, Config{})
	if !strings.Contains(strings.Join(got, " "), "aws_vpc.good") {
		t.Errorf("good file not scanned: %v", got)
	}
	var parseErr, binary bool
	for _, d := range diags {
		if d.Severity == parser.SevError && strings.HasSuffix(d.Range.File, "a/bad.tf") && d.Range.Start.Line > 0 {
			parseErr = true
		}
		binary = binary || d.Summary == "binary file skipped"
	}
	if !parseErr || !binary {
		t.Errorf("want a positioned parse error and a binary note, got %v", diags)
	}
}

func TestMaxFileSize(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.tf"), `resource "aws_vpc" "big" { tags = { a = "`+strings.Repeat("x", 2000)+`" } }`)
	write(t, filepath.Join(dir, "big.json"), `{"name": "`+strings.Repeat("x", 2000)+`"}`)
	_, diags := scanAddresses(t, []string{dir}, Config{MaxFileSize: 1000})
	if len(diags) != 1 || diags[0].Summary != "file too large" || !strings.HasSuffix(diags[0].Range.File, "big.tf") {
		t.Errorf("want one error for big.tf only, got %v", diags)
	}
}

func TestCancelled(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 50; i++ {
		write(t, filepath.Join(dir, "m", strings.Repeat("a", i+1)+".tf"), `resource "aws_vpc" "x" {}`)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Scan(ctx, []string{dir}, Config{}); err == nil {
		t.Error("a cancelled scan must return an error")
	}
}

func TestWorkersDoNotChangeResult(t *testing.T) {
	dir := filepath.Join("..", "testdata")
	one, _ := scanAddresses(t, []string{dir}, Config{Workers: 1})
	for _, w := range []int{2, 7, 32} {
		many, _ := scanAddresses(t, []string{dir}, Config{Workers: w})
		if strings.Join(one, "\n") != strings.Join(many, "\n") {
			t.Fatalf("result with %d workers differs from 1 worker", w)
		}
	}
	if len(one) == 0 {
		t.Fatal("no resources found in testdata")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
