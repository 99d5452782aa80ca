package engine

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestTypeSetAround checks the Reads patterns with a "*" inside: a prefix
// and a suffix around one character or more, ignoring case.
func TestTypeSetAround(t *testing.T) {
	s := &typeSet{}
	s.add("google_*_iam_member")
	for typ, want := range map[string]bool{
		"google_pubsub_topic_iam_member": true,
		"Google_Project_IAM_Member":      true,
		"google_x_iam_member":            true,
		"google__iam_member":             false, // the "*" stands for one character or more
		"google_iam_member":              false,
		"google_project_iam_binding":     false,
		"google_project_iam_member_x":    false,
		"aws_project_iam_member":         false,
	} {
		if got := s.has(typ); got != want {
			t.Errorf("has(%q) = %v, want %v", typ, got, want)
		}
	}
}

// TestReadsReferenced checks Rule.ReadsReferenced: a rule that is not
// Alone does not stop a type it reads only through references from being
// checked as evaluated, a type it reads directly it does; and
// Config.CheckReads reports a rule that reads, under ReadsReferenced, a
// resource nothing refers to.
func TestReadsReferenced(t *testing.T) {
	// Reads the buckets the public access blocks refer to.
	throughRefs := &Rule{ID: "TEST-REFS", Severity: Low, Reads: []string{"aws_s3_bucket_public_access_block"},
		ReadsReferenced: []string{ReadsAll}, Check: func(p *Pass) {
			for _, pab := range p.ResourcesOfType("aws_s3_bucket_public_access_block") {
				for _, b := range p.Referenced(pab, "bucket") {
					if v := b.Body.Get("bucket"); v != nil && v.Str == "a" {
						p.Report(b, v, "%s: named a", b.Address)
					}
				}
			}
		}}
	// Reads a user nothing refers to.
	stale := &Rule{ID: "TEST-REFS-STALE", Severity: Low, Reads: []string{"aws_s3_bucket_public_access_block"},
		ReadsReferenced: []string{ReadsAll}, Check: func(p *Pass) {
			for _, u := range p.OfType("aws_iam_user") {
				if v := u.Body.Get("name"); v != nil && v.Str == "u" {
					p.Report(u, v, "%s: named u", u.Address)
				}
			}
		}}
	c := newChecker(Config{Rules: []*Rule{throughRefs}})
	for typ, want := range map[string]bool{"aws_iam_user": true, "aws_s3_bucket": true, "aws_s3_bucket_public_access_block": false} {
		if got := c.earlyRules(typ).ok; got != want {
			t.Errorf("%s may be checked as evaluated: %v, want %v", typ, got, want)
		}
	}

	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), declaredFixture)
	res, err := Scan(context.Background(), []string{dir}, Config{Rules: []*Rule{throughRefs, stale}, CheckReads: true})
	if err != nil {
		t.Fatal(err)
	}
	var errs, found []string
	for _, d := range res.Diagnostics {
		if d.Severity == parser.SevError {
			errs = append(errs, d.Summary)
		}
	}
	for _, f := range res.Findings {
		found = append(found, f.Rule.ID+" "+f.Message)
	}
	if want := []string{"rule TEST-REFS-STALE reads a type it does not declare in Rule.Reads"}; !slices.Equal(errs, want) {
		t.Errorf("errors %q, want %q", errs, want)
	}
	if want := []string{"TEST-REFS aws_s3_bucket.a: named a", "TEST-REFS-STALE aws_iam_user.u: named u"}; !slices.Equal(found, want) {
		t.Errorf("findings %q, want %q", found, want)
	}
}
