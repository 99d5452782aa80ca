package engine

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// declaredFixture is a root whose buckets are judged with their public
// access blocks: a join, which a rule must declare.
const declaredFixture = `resource "aws_s3_bucket" "a" {
  bucket = "a"
}
resource "aws_s3_bucket_public_access_block" "a" {
  bucket            = aws_s3_bucket.a.id
  block_public_acls = true
}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_iam_user" "u" {
  name = "u"
}
`

// blockedBy reports the buckets whose public access block blocks public
// ACLs: it reads the blocks through the edges, whatever it declares.
func blockedBy(p *Pass) {
	for _, b := range p.ResourcesOfType("aws_s3_bucket") {
		open := true
		for _, e := range p.EdgesTo(b) {
			if v := e.From.Body.Get("block_public_acls"); v != nil && v.Kind == parser.Bool && v.Bool {
				open = false
			}
		}
		if open {
			p.Report(b, nil, "%s: open", b.Address)
		}
	}
}

// TestDeclaredReadsChecked checks that Config.CheckReads reports a rule
// that reads a type it did not declare, or declares that it judges each
// resource alone and joins resources, and that a rule asking for a type it
// did not declare is an internal error; and that what the rules find is
// the same whether the values of the types no rule left reads are dropped
// as the rules run or not.
func TestDeclaredReadsChecked(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), declaredFixture)
	stale := &Rule{ID: "TEST-STALE", Severity: Low, Reads: []string{"aws_s3_bucket"}, Check: blockedBy}
	joins := &Rule{ID: "TEST-JOINS", Severity: Low, Alone: true,
		Reads: []string{"aws_s3_bucket", "aws_s3_bucket_public_access_block"}, Check: blockedBy}
	asks := &Rule{ID: "TEST-ASKS", Severity: Low, Reads: []string{"aws_s3_bucket"}, Check: func(p *Pass) {
		p.OfType("aws_iam_user")
	}}
	good := &Rule{ID: "TEST-GOOD", Severity: Low, Reads: []string{"aws_s3_bucket", "aws_s3_bucket_public_access_block"}, Check: blockedBy}
	alone := &Rule{ID: "TEST-ALONE", Severity: Low, Alone: true, Reads: []string{"aws_iam_user"}, Check: func(p *Pass) {
		for _, u := range p.ResourcesOfType("aws_iam_user") {
			if v := u.Body.Get("name"); v != nil && v.Str == "u" {
				p.Report(u, v, "%s: named u", u.Address)
			}
		}
	}}
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{stale, joins, asks, good, alone}, CheckReads: true})
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, d := range res.Diagnostics {
		if d.Severity == parser.SevError {
			errs = append(errs, d.Summary)
		}
	}
	want := []string{
		"internal error in rule TEST-ASKS",
		"rule TEST-STALE reads a type it does not declare in Rule.Reads",
		"rule TEST-JOINS does not judge each resource alone (Rule.Alone)",
	}
	slices.Sort(errs)
	slices.Sort(want)
	if !slices.Equal(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}

	// The same rules, declared or not, find the same in a scan that drops
	// values as the rules run (an owned Terraform root) and in one that
	// checks every root's graph at once.
	undeclared := &Rule{ID: "TEST-UNDECLARED", Severity: Low, Check: blockedBy}
	rules := []*Rule{good, alone, undeclared}
	var texts [2][]string
	for k, whole := range []bool{false, true} {
		res, err := Scan(context.Background(), []string{dir}, Config{Rules: rules, whole: whole, releaseSmall: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			texts[k] = append(texts[k], f.Rule.ID+" "+f.Message)
		}
	}
	if w := "TEST-GOOD aws_s3_bucket.b: open|TEST-UNDECLARED aws_s3_bucket.b: open|TEST-ALONE aws_iam_user.u: named u"; strings.Join(texts[0], "|") != w || strings.Join(texts[1], "|") != w {
		t.Errorf("findings\n%q (root by root)\n%q (whole)\nwant %s", texts[0], texts[1], w)
	}
}

// TestReleaser checks that an owned root's values of a type are dropped
// once the last declared rule reading it has run, and not before; and
// that the types the across-roots rules keep are never dropped.
func TestReleaser(t *testing.T) {
	bucket := &parser.Resource{Type: "aws_s3_bucket", Body: &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"bucket": {Kind: parser.String, Str: "b"}}}}
	user := &parser.Resource{Type: "aws_iam_user", Body: &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"name": {Kind: parser.String, Str: "u"}}}}
	trail := &parser.Resource{Type: "aws_cloudtrail", Body: &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"name": {Kind: parser.String, Str: "t"}}}}
	c := newChecker(Config{Rules: []*Rule{
		{ID: "A", Reads: []string{"aws_s3_bucket", "aws_iam_user"}},
		{ID: "B", Reads: []string{"aws_s3_bucket"}},
		{ID: "X", Scope: AcrossRoots, Reads: []string{"aws_cloudtrail"}},
	}})
	rel := c.newReleaser([]*parser.Resource{bucket, user, trail})
	rel.release(c.keep, nil)
	if trail.Body.Attrs == nil || bucket.Body.Attrs == nil || user.Body.Attrs == nil {
		t.Fatal("values dropped before any rule ran")
	}
	rel.ran(c.declared[0])
	rel.release(c.keep, nil)
	if user.Body.Attrs != nil || bucket.Body.Attrs == nil {
		t.Errorf("after A: user's values kept %v, bucket's %v; want dropped, kept", user.Body.Attrs != nil, bucket.Body.Attrs != nil)
	}
	rel.ran(c.declared[1])
	rel.release(c.keep, nil)
	if bucket.Body.Attrs != nil || trail.Body.Attrs == nil {
		t.Errorf("after B: bucket's values kept %v, trail's %v; want dropped, kept", bucket.Body.Attrs != nil, trail.Body.Attrs != nil)
	}
}
