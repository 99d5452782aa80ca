package engine

import (
	"bytes"
	"encoding/binary"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parser"
)

// Other scanners' inline ignores, honoured for the checks that map to
// soc2lint rules (Rule.Aliases), so that a team switching keeps its
// reviewed exceptions:
//
//	# tfsec:ignore:aws-s3-enable-versioning  (also :exp:YYYY-MM-DD)
//	# trivy:ignore:AVD-AWS-0090
//	# checkov:skip=CKV_AWS_21:versioning is not needed for this bucket
//
// tfsec and Trivy comments cover the line they end or the next code line,
// as soc2lint's do; a Checkov skip covers the resource block it is in.
// Checkov's CloudFormation form, in a resource's Metadata, covers that
// resource:
//
//	Metadata:
//	  checkov:
//	    skip:
//	      - id: CKV_AWS_18
//	        comment: access logs go to the central bucket
var (
	compatIgnorePattern = regexp.MustCompile(`(?i)^(tfsec|trivy):ignore:([A-Za-z0-9_.\-]+)((?::exp:[0-9]{4}-[0-9]{2}-[0-9]{2})?)`)
	checkovSkipPattern  = regexp.MustCompile(`(?i)^checkov:skip=([A-Za-z0-9_.\-]+)(?::(.*))?$`)
	// nearMiss is a comment that looks like a soc2lint ignore but is not
	// one: it warns instead of silencing nothing in silence.
	nearMiss = regexp.MustCompile(`(?i)^soc2lint\s*(?:[:\-_]\s*|\s+)(?:ignore|disable|skip|nolint)|^soc2lint-ignore`)
)

// mayHoldIgnore is a fast test for text that may hold an ignore comment:
// whether it holds one of the words, once lowered. ASCII text (nearly
// every file) is searched in place, from the characters no case changes
// (the '2' of soc2lint, the colon ending the others), without the copy
// bytes.ToLower makes of every file; other text is lowered as before,
// since lowering may turn a non-ASCII letter into an ASCII one (the
// Kelvin sign into k).
func mayHoldIgnore(b []byte, compat bool) bool {
	if isASCII(b) {
		return hasFoldAround(b, '2', "soc", "lint") ||
			compat && (hasFoldAround(b, ':', "tfsec", "") || hasFoldAround(b, ':', "trivy", "") || hasFoldAround(b, ':', "checkov", ""))
	}
	lower := bytes.ToLower(b)
	if bytes.Contains(lower, []byte("soc2lint")) {
		return true
	}
	return compat && (bytes.Contains(lower, []byte("tfsec:")) || bytes.Contains(lower, []byte("trivy:")) || bytes.Contains(lower, []byte("checkov:")))
}

// isASCII reports whether b holds ASCII only, eight bytes at a time.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasFoldAround reports whether ASCII b holds before+mid+after, where mid
// is a byte case does not change and before and after are lower-case
// ASCII matched in any case: each mid is found by bytes.IndexByte and the
// words around it compared.
func hasFoldAround(b []byte, mid byte, before, after string) bool {
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], mid)
		if i < 0 {
			return false
		}
		i += off
		if i >= len(before) && i+1+len(after) <= len(b) &&
			equalFoldASCII(b[i-len(before):i], before) && equalFoldASCII(b[i+1:i+1+len(after)], after) {
			return true
		}
		off = i + 1
	}
}

// equalFoldASCII reports whether ASCII b is the lower-case word w in any
// case.
func equalFoldASCII(b []byte, w string) bool {
	for i := range len(w) {
		if c := b[i]; c != w[i] && c|0x20 != w[i] {
			return false
		}
	}
	return true
}

// compatIgnore reads another scanner's ignore comment (body starts after
// the comment marker). It returns nil when the comment is none, or names
// no check that maps to a soc2lint rule.
func compatIgnore(body string, aliases map[string][]string) *Suppression {
	body = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(body), "*/"))
	if m := checkovSkipPattern.FindStringSubmatch(body); m != nil {
		ids := aliases[strings.ToLower(m[1])]
		if len(ids) == 0 {
			return nil
		}
		reason := strings.TrimSpace(m[2])
		if reason == "" {
			reason = "checkov:skip=" + m[1]
		}
		return &Suppression{Kind: ByComment, Rules: ids, Reason: reason, compat: "checkov", wholeResource: true}
	}
	var s *Suppression
	// Several ignores may share one comment, separated by spaces.
	for _, word := range strings.Fields(body) {
		m := compatIgnorePattern.FindStringSubmatch(word)
		if m == nil {
			break
		}
		ids := aliases[strings.ToLower(m[2])]
		if len(ids) == 0 {
			continue
		}
		if s == nil {
			s = &Suppression{Kind: ByComment, compat: strings.ToLower(m[1])}
		}
		for _, id := range ids {
			if !s.names(id) {
				s.Rules = append(s.Rules, id)
			}
		}
		if s.Reason != "" {
			s.Reason += " "
		}
		s.Reason += word
		if exp := strings.TrimPrefix(strings.ToLower(m[3]), ":exp:"); exp != "" {
			if t, err := time.Parse("2006-01-02", exp); err == nil {
				s.Until, s.expires = exp, t
			}
		}
	}
	return s
}

// checkovMetadataSkips reads the Metadata.checkov.skip entries of a
// CloudFormation resource: a list of {id, comment} (one entry alone is
// taken too). Entries naming checks that map to no soc2lint rule, or
// malformed ones, are left to Checkov: they silence nothing and never warn.
func checkovMetadataSkips(r *parser.Resource, aliases map[string][]string) []*Suppression {
	skip := r.Metadata.Get("checkov").Get("skip")
	if skip == nil {
		return nil
	}
	entries := []*parser.Value{skip}
	if skip.Kind == parser.List {
		entries = skip.Elems
	}
	var out []*Suppression
	for _, e := range entries {
		id, ok := e.Get("id").AsString()
		if e.Kind != parser.Object || !ok {
			continue
		}
		ids := aliases[strings.ToLower(strings.TrimSpace(id))]
		if len(ids) == 0 {
			continue
		}
		reason, _ := e.Get("comment").AsString()
		if reason = strings.TrimSpace(reason); reason == "" {
			reason = "checkov skip " + id
		}
		s := &Suppression{Kind: ByMetadata, Rules: ids, Reason: reason, Range: e.Range, resource: localID(r), compat: "checkov"}
		s.Range.File = r.Module
		out = append(out, s)
	}
	return out
}

// aliasIndex maps every lower-case alias of rules to their ids.
func aliasIndex(rules []*Rule) map[string][]string {
	out := map[string][]string{}
	for _, r := range rules {
		for _, a := range r.Aliases {
			k := strings.ToLower(a)
			if !containsString(out[k], r.ID) {
				out[k] = append(out[k], r.ID)
			}
		}
	}
	return out
}
