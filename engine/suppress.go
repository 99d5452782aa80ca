package engine

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// IgnoreMarker starts an inline suppression comment:
//
//	# soc2lint:ignore AWS-001 until:2027-03-31 bastion reviewed in SEC-42
//
// It takes one or more rule ids (separated by commas or spaces), an
// optional expiry date and a free-text reason. In CloudFormation the same
// can be written in a resource's Metadata (the only way in JSON templates):
//
//	Metadata:
//	  soc2lint:
//	    ignore:
//	      - rules: [AWS-012]
//	        reason: egress goes through a proxy
//	        until: 2027-03-31
const IgnoreMarker = "soc2lint:ignore"

// SuppressionKind says where a suppression was written. Its text is what
// the JSON report and the explain command show.
type SuppressionKind string

// The kinds of suppressions.
const (
	// ByComment is an inline ignore comment (soc2lint's own, or another
	// scanner's that maps to our rules).
	ByComment SuppressionKind = "comment"
	// ByMetadata is a CloudFormation Metadata ignore entry.
	ByMetadata SuppressionKind = "metadata"
	// ByBaseline is an entry of the baseline file.
	ByBaseline SuppressionKind = "baseline"
	// ByConfig is a rule disabled for a path in the configuration.
	ByConfig SuppressionKind = "config"
)

// External reports whether the suppression lives outside the source the
// finding is in (a baseline or the configuration), rather than next to it.
func (k SuppressionKind) External() bool { return k == ByBaseline || k == ByConfig }

// Suppression is one inline ignore comment or one CloudFormation Metadata
// ignore entry.
type Suppression struct {
	// Rules are the rule ids it silences.
	Rules []string `json:"rules"`
	// Reason is the justification written after the rule ids.
	Reason string `json:"reason,omitempty"`
	// Until is the expiry date (YYYY-MM-DD) when one is given: from that
	// day on the suppression no longer applies.
	Until string `json:"until,omitempty"`
	// Range is the comment or Metadata entry.
	Range parser.Range `json:"range"`
	// Kind says where the suppression was written.
	Kind SuppressionKind `json:"kind"`

	// line is the line a comment applies to: its own line when it trails
	// code, otherwise the next line that holds code.
	line int32
	// resource is the logical id a Metadata entry belongs to.
	resource string
	expires  time.Time
	used     bool
	// compat names the other scanner whose comment this is ("tfsec",
	// "trivy", "checkov"): such ignores never warn as unused.
	compat string
	// wholeResource makes the suppression cover the resource block that
	// contains it (Checkov's skip comments).
	wholeResource bool
}

// Suppressed is a finding silenced by a suppression.
type Suppressed struct {
	Finding Finding
	By      *Suppression
}

// matches reports whether s silences f.
func (s *Suppression) matches(f *Finding) bool {
	if !s.names(f.Rule.ID) {
		return false
	}
	if s.Kind == ByMetadata {
		r := f.Resource
		return r != nil && r.Format == parser.CloudFormation && r.Module == s.Range.File && localID(r) == s.resource
	}
	if s.wholeResource {
		// checkov:skip silences the resource block it is written in.
		r := f.Resource
		return r != nil && r.Body != nil && r.Range.File == s.Range.File &&
			r.Range.Start.Line <= s.Range.Start.Line && s.Range.Start.Line <= r.Body.Range.End.Line
	}
	covers := func(r parser.Range) bool {
		return r.File == s.Range.File && r.Start.Line <= s.line && s.line <= max(r.End.Line, r.Start.Line)
	}
	if f.Resource != nil && f.Resource.Range.File == s.Range.File && f.Resource.Range.Start.Line == s.line {
		return true
	}
	if covers(f.Range) {
		return true
	}
	for _, rel := range f.Related {
		if rel.Range.File == s.Range.File && rel.Range.Start.Line == s.line {
			return true
		}
	}
	return false
}

// localID is the logical id of a CloudFormation resource, without the
// nested-stack prefix of its address.
func localID(r *parser.Resource) string {
	if r.Local != "" {
		return r.Local
	}
	return r.Name
}

func (s *Suppression) names(id string) bool {
	for _, r := range s.Rules {
		if strings.EqualFold(r, id) {
			return true
		}
	}
	return false
}

var (
	ruleIDPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*-[0-9]+$`)
	datePattern   = regexp.MustCompile(`^(?:until|exp|expires)[:=]([0-9]{4}-[0-9]{2}-[0-9]{2})$`)
)

// parseIgnore reads the text after IgnoreMarker: rule ids, an optional
// until:DATE and a reason. It returns a problem to report, or "".
func parseIgnore(text string, s *Suppression) string {
	text = strings.TrimSpace(strings.TrimPrefix(text, ":"))
	text = strings.TrimSpace(strings.TrimSuffix(text, "*/"))
	rest := text
	for {
		rest = strings.TrimLeft(rest, " \t,")
		end := strings.IndexAny(rest, " \t,")
		if end < 0 {
			end = len(rest)
		}
		word := rest[:end]
		if word == "" {
			break
		}
		if ruleIDPattern.MatchString(word) {
			s.Rules = append(s.Rules, strings.ToUpper(word))
		} else if m := datePattern.FindStringSubmatch(word); m != nil {
			s.Until = m[1]
		} else {
			break
		}
		rest = rest[end:]
	}
	s.Reason = strings.TrimSpace(strings.TrimLeft(rest, "-:—– "))
	if len(s.Rules) == 0 {
		return "an ignore comment must name the rule ids it silences, such as " + IgnoreMarker + " AWS-001 reason"
	}
	if s.Until != "" {
		t, err := time.Parse("2006-01-02", s.Until)
		if err != nil {
			return fmt.Sprintf("the expiry date %q is not a valid YYYY-MM-DD date", s.Until)
		}
		s.expires = t
	}
	return ""
}

// commentSuppressions finds the ignore comments of one file: soc2lint's,
// and, when aliases is not nil, other scanners' ignores of the checks
// that map to soc2lint rules (aliases maps a lower-case alias to rule ids).
func commentSuppressions(file string, src []byte, aliases map[string][]string) ([]*Suppression, parser.Diagnostics) {
	return commentSuppressionsOf(file, src, aliases, &hclTokens{path: file, src: src})
}

// commentSuppressionsOf is commentSuppressions reading the tokens of a
// native-syntax HCL file from lex, which lexes src at most once.
func commentSuppressionsOf(file string, src []byte, aliases map[string][]string, lex *hclTokens) ([]*Suppression, parser.Diagnostics) {
	if !mayHoldIgnore(src, aliases != nil) {
		return nil, nil
	}
	var comments []comment
	switch ext := strings.ToLower(path.Ext(file)); {
	case strings.HasSuffix(strings.ToLower(file), ".json"):
		return nil, nil
	case ext == ".tf" || ext == ".tfvars" || ext == ".hcl":
		comments = lex.comments(aliases != nil)
	default:
		comments = hashComments(src, aliases != nil)
	}
	lines := &srcLines{src: src}
	var out []*Suppression
	var diags parser.Diagnostics
	for _, c := range comments {
		// The marker must open the comment, so that prose that mentions
		// it ("see soc2lint:ignore") does not silence anything.
		body := strings.TrimLeft(c.text, "#/* \t")
		at := len(c.text) - len(body)
		rng := parser.Range{File: file, Start: c.start, End: c.end}
		target := c.start.Line
		if !c.trailing {
			target = int32(nextCodeLine(lines, int(c.end.Line)))
		}
		switch {
		case len(body) >= len(IgnoreMarker) && strings.EqualFold(body[:len(IgnoreMarker)], IgnoreMarker):
			s := &Suppression{Kind: ByComment, Range: rng, line: target}
			if problem := parseIgnore(body[len(IgnoreMarker):], s); problem != "" {
				diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "invalid ignore comment", Detail: problem, Range: s.Range})
				continue
			}
			out = append(out, s)
		case nearMiss.MatchString(body):
			diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "invalid ignore comment",
				Detail: fmt.Sprintf("%q is not an ignore: write %s RULE-ID reason (no space around the colon)", strings.TrimSpace(c.text[at:min(len(c.text), at+24)]), IgnoreMarker),
				Range:  rng})
		case aliases != nil:
			if s := compatIgnore(body, aliases); s != nil {
				s.Range, s.line = rng, target
				out = append(out, s)
			}
		}
	}
	return out, diags
}

// comment is one comment of a source file.
type comment struct {
	text       string
	start, end parser.Pos
	// trailing is true when code precedes the comment on its line.
	trailing bool
}

// hclTokens lexes one native-syntax HCL file for the readers that need
// its tokens (the ignore comments and the nesting check). On a large file
// lexing is a large part of the cost, and the tokens of the whole file
// take about ten times its size, so the file is cut between its top-level
// items (hclscan.Boundaries) and only the pieces a reader needs are lexed,
// each at its position in the file: they are the same tokens. A file that
// cannot be cut is lexed whole, at most once.
type hclTokens struct {
	path  string
	src   []byte
	toks  hclsyntax.Tokens
	lexed bool
	// bounds are the boundaries of src, when scanned and cut is true.
	bounds  []hclscan.Boundary
	scanned bool
	cut     bool
}

// tokens returns the tokens of the whole file, lexing it on the first call.
func (l *hclTokens) tokens() hclsyntax.Tokens {
	if !l.lexed {
		l.toks, _ = hclsyntax.LexConfig(l.src, l.path, hcl.InitialPos)
		l.lexed = true
	}
	return l.toks
}

// pieces returns the boundaries of the file, or nil when it is lexed whole.
func (l *hclTokens) pieces() []hclscan.Boundary {
	if !l.scanned {
		l.scanned = true
		if !l.lexed {
			l.bounds, l.cut = hclscan.Boundaries(l.src)
		}
	}
	if !l.cut {
		return nil
	}
	return l.bounds
}

// piece returns the bytes of the i-th piece.
func (l *hclTokens) piece(i int) []byte {
	end := len(l.src)
	if i+1 < len(l.bounds) {
		end = l.bounds[i+1].Byte
	}
	return l.src[l.bounds[i].Byte:end]
}

// pieceTokens lexes the i-th piece at its place in the file.
func (l *hclTokens) pieceTokens(i int) hclsyntax.Tokens {
	b := l.bounds[i]
	toks, _ := hclsyntax.LexConfig(l.piece(i), l.path, hcl.Pos{Line: b.Line, Column: 1, Byte: b.Byte})
	return toks
}

// comments returns the comments of the file that may be ignores: those of
// the pieces that may hold one (compat: other scanners' too), or all.
func (l *hclTokens) comments(compat bool) []comment {
	bs := l.pieces()
	if bs == nil {
		return hclComments(l.tokens())
	}
	var out []comment
	for _, i := range l.ignorePieces(compat) {
		// The first token of a piece follows a newline token, as in
		// the whole file, so a comment there is not trailing in both.
		out = append(out, hclComments(l.pieceTokens(i))...)
	}
	return out
}

// ignorePieces returns, in order, the pieces that may hold an ignore:
// those with a byte other than ASCII, or with one of the words (soc2lint;
// with compat tfsec:, trivy: and checkov:) in ASCII of any case, each
// byte compared ORed with 0x20. Rather than each piece being searched
// for each word byte by byte, the whole file is searched once for the
// case-invariant byte of each word ('2', ':'; ORed with 0x20, 0x12 and
// 0x1a too) and for bytes other than ASCII eight at a time; a word is
// taken only whole inside one piece. TestIgnorePiecesSame compares with
// searching each piece.
func (l *hclTokens) ignorePieces(compat bool) []int {
	bs, src := l.bounds, l.src
	take := make([]bool, len(bs))
	// piece returns the piece holding byte at, from a guess at or before
	// it: the searches go forward.
	piece := func(from, at int) int {
		for from+1 < len(bs) && bs[from+1].Byte <= at {
			from++
		}
		return from
	}
	end := func(i int) int {
		if i+1 < len(bs) {
			return bs[i+1].Byte
		}
		return len(src)
	}
	// Bytes other than ASCII.
	for i, at := 0, 0; at < len(src); {
		if at+8 <= len(src) && binary.LittleEndian.Uint64(src[at:])&0x8080808080808080 == 0 {
			at += 8
			continue
		}
		if src[at] < utf8.RuneSelf {
			at++
			continue
		}
		i = piece(i, at)
		take[i] = true
		at = end(i)
	}
	words := func(mid byte, before, after string) {
		for i, off := 0, 0; ; {
			k := bytes.IndexByte(src[off:], mid)
			if k < 0 {
				return
			}
			k += off
			off = k + 1
			i = piece(i, k)
			if take[i] || k-len(before) < bs[i].Byte || k+1+len(after) > end(i) {
				continue
			}
			if equalFoldASCII(src[k-len(before):k], before) && equalFoldASCII(src[k+1:k+1+len(after)], after) {
				take[i] = true
			}
		}
	}
	for _, mid := range []byte{'2', '2' &^ 0x20} {
		words(mid, "soc", "lint")
	}
	if compat {
		for _, mid := range []byte{':', ':' &^ 0x20} {
			words(mid, "tfsec", "")
			words(mid, "trivy", "")
			words(mid, "checkov", "")
		}
	}
	var out []int
	for i, t := range take {
		if t {
			out = append(out, i)
		}
	}
	return out
}

// hclComments returns the comments among the tokens of HCL source.
func hclComments(toks hclsyntax.Tokens) []comment {
	var out []comment
	for i, t := range toks {
		if t.Type != hclsyntax.TokenComment {
			continue
		}
		text := strings.TrimRight(string(t.Bytes), "\r\n")
		end := t.Range.End
		if strings.HasSuffix(string(t.Bytes), "\n") {
			// A line comment's token includes its newline.
			end = hcl.Pos{Line: t.Range.Start.Line, Column: t.Range.Start.Column + len(text), Byte: t.Range.Start.Byte + len(text)}
		}
		trailing := i > 0 && toks[i-1].Range.End.Line == t.Range.Start.Line && toks[i-1].Type != hclsyntax.TokenNewline && toks[i-1].Type != hclsyntax.TokenComment
		out = append(out, comment{
			text:     text,
			start:    parser.MakePos(t.Range.Start.Line, t.Range.Start.Column, t.Range.Start.Byte),
			end:      parser.MakePos(end.Line, end.Column, end.Byte),
			trailing: trailing,
		})
	}
	return out
}

// hashComments finds the '#' comments of YAML source: a '#' at the start
// of a line or after white space, outside quotes.
func hashComments(src []byte, compat bool) []comment {
	var out []comment
	offset := 0
	for n, line := range bytes.Split(src, []byte("\n")) {
		lineStart := offset
		offset += len(line) + 1
		if !mayHoldIgnore(line, compat) {
			continue
		}
		var quote byte
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				if i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == ':' || line[i-1] == '[' || line[i-1] == ',' || line[i-1] == '-' {
					quote = c
				}
			case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
				text := strings.TrimRight(string(line[i:]), "\r")
				out = append(out, comment{
					text:     text,
					start:    parser.MakePos(n+1, i+1, lineStart+i),
					end:      parser.MakePos(n+1, i+1+len(text), lineStart+i+len(text)),
					trailing: len(bytes.TrimSpace(line[:i])) > 0,
				})
				i = len(line)
			}
		}
	}
	return out
}

// srcLines gives the lines of src as bytes.Split(src, "\n") does, from
// the offsets where they start, found on the first call: a slice of
// every line was 24 bytes a line (9.6 MB for a file of 9.5 MB), and the
// offsets are 4.
type srcLines struct {
	src    []byte
	starts []int32
}

// count returns the number of lines.
func (l *srcLines) count() int {
	if l.starts == nil {
		l.starts = append(make([]int32, 0, bytes.Count(l.src, []byte("\n"))+1), 0)
		for at := 0; ; {
			k := bytes.IndexByte(l.src[at:], '\n')
			if k < 0 {
				break
			}
			at += k + 1
			l.starts = append(l.starts, int32(at))
		}
	}
	return len(l.starts)
}

// line returns line i (0-based), without its newline.
func (l *srcLines) line(i int) []byte {
	end := len(l.src)
	if i+1 < len(l.starts) {
		end = int(l.starts[i+1]) - 1
	}
	return l.src[l.starts[i]:end]
}

// nextCodeLine returns the first line after line (1-based) that is neither
// blank nor only a comment; line+1 when there is none.
func nextCodeLine(lines *srcLines, line int) int {
	inBlock := false
	for i, n := line, lines.count(); i < n; i++ {
		t := bytes.TrimSpace(lines.line(i))
		if inBlock {
			if bytes.Contains(t, []byte("*/")) {
				inBlock = false
			}
			continue
		}
		switch {
		case len(t) == 0, t[0] == '#', bytes.HasPrefix(t, []byte("//")):
			continue
		case bytes.HasPrefix(t, []byte("/*")):
			inBlock = !bytes.Contains(t[2:], []byte("*/"))
			continue
		}
		return i + 1
	}
	return line + 1
}

// metadataIgnores are the Metadata ignores of one resource entry of a
// template, and the problems with them.
type metadataIgnores struct {
	// key names the entry: template and logical id. Variants and nested
	// instances of the entry share its Metadata.
	key   string
	sups  []*Suppression
	diags parser.Diagnostics
}

// metadataSuppressions reads Metadata.soc2lint.ignore of CloudFormation
// resources and, when aliases is not nil, Checkov's Metadata.checkov.skip
// entries for the checks that map to soc2lint rules: the ignores of each
// resource entry once, in the order of resources.
func metadataSuppressions(resources []*parser.Resource, aliases map[string][]string) []metadataIgnores {
	var out []metadataIgnores
	seen := map[string]bool{}
	for _, r := range resources {
		if r.Format != parser.CloudFormation || r.Metadata == nil {
			continue
		}
		key := r.Module + "\x00" + localID(r)
		if seen[key] {
			continue // variants and nested instances share their Metadata
		}
		seen[key] = true
		out = append(out, resourceIgnores(key, r, aliases))
	}
	return out
}

// joinIgnores joins the Metadata ignores of several roots, each entry's
// once (a template nested by two roots is read by both), in order.
func joinIgnores(roots [][]metadataIgnores) ([]*Suppression, parser.Diagnostics) {
	var out []*Suppression
	var diags parser.Diagnostics
	seen := map[string]bool{}
	for _, root := range roots {
		for _, m := range root {
			if !seen[m.key] {
				seen[m.key] = true
				out, diags = append(out, m.sups...), append(diags, m.diags...)
			}
		}
	}
	return out, diags
}

// resourceIgnores reads the Metadata ignores of one resource.
func resourceIgnores(key string, r *parser.Resource, aliases map[string][]string) metadataIgnores {
	var out []*Suppression
	var diags parser.Diagnostics
	if aliases != nil {
		out = append(out, checkovMetadataSkips(r, aliases)...)
	}
	ign := r.Metadata.Get("soc2lint").Get("ignore")
	if ign == nil {
		return metadataIgnores{key: key, sups: out}
	}
	entries := []*parser.Value{ign}
	if ign.Kind == parser.List {
		entries = ign.Elems
	}
	for _, e := range entries {
		s := &Suppression{Kind: ByMetadata, Range: e.Range, resource: localID(r)}
		s.Range.File = r.Module
		var problem string
		switch e.Kind {
		case parser.String:
			// The comment syntax, with or without its marker.
			text := strings.TrimSpace(e.Str)
			if len(text) >= len(IgnoreMarker) && strings.EqualFold(text[:len(IgnoreMarker)], IgnoreMarker) {
				text = text[len(IgnoreMarker):]
			}
			problem = parseIgnore(text, s)
		case parser.Object:
			var text []string
			for _, k := range []string{"rule", "rules", "id", "ids"} {
				v := e.Get(k)
				if v == nil {
					continue
				}
				if v.Kind == parser.List {
					for _, x := range v.Elems {
						text = append(text, x.Str)
					}
				} else {
					text = append(text, v.Str)
				}
			}
			if u := e.Get("until"); u != nil {
				text = append(text, "until:"+u.Str)
			}
			if why := e.Get("reason"); why != nil {
				text = append(text, why.Str)
			}
			problem = parseIgnore(strings.Join(text, " "), s)
		default:
			problem = "each Metadata.soc2lint.ignore entry must be a mapping with rules and reason"
		}
		if problem != "" {
			diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "invalid ignore entry", Detail: problem, Range: s.Range})
			continue
		}
		out = append(out, s)
	}
	return metadataIgnores{key: key, sups: out, diags: diags}
}

// suppress splits findings into those reported and those silenced, and
// returns warnings about ignores that name unknown rules, have expired or
// silence nothing, in no particular order: the caller sorts diagnostics.
// Ignores of rules in off (rules that exist but are not run) say nothing.
// The findings reported are those of findings, moved down in place: the
// caller gives findings up.
func suppress(findings []Finding, sups []*Suppression, rules []*Rule, off map[string]bool, now time.Time) ([]Finding, []Suppressed, parser.Diagnostics) {
	var diags parser.Diagnostics
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
	}
	renamed := FormerIDs(rules)
	var active []*Suppression
	quiet := map[*Suppression]bool{} // already warned about, or not to warn about
	for _, s := range sups {
		s.Rules = currentIDs(s.Rules, renamed)
		if s.compat != "" {
			quiet[s] = true
		}
		for _, id := range s.Rules {
			if off[id] {
				quiet[s] = true
				continue
			}
			if !known[id] {
				quiet[s] = true
				diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "ignore names an unknown rule",
					Detail: fmt.Sprintf("%s names %s, which is not a rule of this run (see soc2lint rules)", IgnoreMarker, id), Range: s.Range})
			}
		}
		if !s.expires.IsZero() && !now.Before(s.expires) {
			diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "ignore has expired",
				Detail: fmt.Sprintf("the ignore of %s expired on %s: its findings are reported again", strings.Join(s.Rules, ", "), s.Until), Range: s.Range})
			continue
		}
		active = append(active, s)
	}
	// The findings kept are moved down in findings itself, which the
	// caller gives up: a second slice of them was 28 MB more at the end of
	// a scan of 150,000 findings.
	kept := findings[:0]
	var silenced []Suppressed
	// The active ignores that name each rule, in their order, indexed by
	// file and line: a finding is matched only against those (a large
	// file's findings against its hundreds of ignores spent most of the
	// time comparing rule ids, then comparing lines).
	naming := map[string]*ruleIgnores{}
	for i := range findings {
		f := &findings[i]
		ri, ok := naming[f.Rule.ID]
		if !ok {
			ri = ignoresNaming(active, f.Rule.ID)
			naming[f.Rule.ID] = ri
		}
		by := ri.first(f)
		if by == nil {
			kept = append(kept, *f)
			continue
		}
		by.used = true
		silenced = append(silenced, Suppressed{Finding: *f, By: by})
	}
	for _, s := range active {
		if !s.used && !quiet[s] {
			diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "unused ignore",
				Detail: fmt.Sprintf("%s %s silences no finding here; remove it", IgnoreMarker, strings.Join(s.Rules, ",")), Range: s.Range})
		}
	}
	clear(findings[len(kept):])
	if len(kept) == 0 {
		kept = nil
	}
	return kept, silenced, diags
}

// ruleIgnores are the active ignores that name one rule, in their order
// (cands): the inline comments that match by line indexed by file, each
// file's sorted by line, and the others (Metadata entries, Checkov's
// whole-resource skips) to be matched one by one.
type ruleIgnores struct {
	cands  []*Suppression
	byFile map[string][]lineIgnore
	other  []int
}

// lineIgnore is an inline comment's target line and its place in cands.
type lineIgnore struct {
	line int32
	at   int
}

// ignoresNaming indexes the ignores of active that name rule id.
func ignoresNaming(active []*Suppression, id string) *ruleIgnores {
	ri := &ruleIgnores{}
	for _, s := range active {
		if !s.names(id) {
			continue
		}
		at := len(ri.cands)
		ri.cands = append(ri.cands, s)
		if s.Kind != ByComment || s.wholeResource {
			ri.other = append(ri.other, at)
			continue
		}
		if ri.byFile == nil {
			ri.byFile = map[string][]lineIgnore{}
		}
		ri.byFile[s.Range.File] = append(ri.byFile[s.Range.File], lineIgnore{s.line, at})
	}
	for _, l := range ri.byFile {
		slices.SortFunc(l, func(a, b lineIgnore) int { return cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.at, b.at)) })
	}
	return ri
}

// first returns the first ignore, in the order of cands, that silences
// f: what matching each in turn (Suppression.matches) returns. An inline
// comment matches f when its line is the first line of f's resource, a
// line of f's range, or the first line of a related place, in the
// comment's file.
func (ri *ruleIgnores) first(f *Finding) *Suppression {
	best := len(ri.cands)
	for _, at := range ri.other {
		if ri.cands[at].matches(f) {
			best = at
			break
		}
	}
	if ri.byFile != nil {
		lines := func(file string, lo, hi int32) {
			l := ri.byFile[file]
			k, _ := slices.BinarySearchFunc(l, lo, func(e lineIgnore, line int32) int { return cmp.Compare(e.line, line) })
			for ; k < len(l) && l[k].line <= hi; k++ {
				best = min(best, l[k].at)
			}
		}
		if r := f.Resource; r != nil {
			lines(r.Range.File, r.Range.Start.Line, r.Range.Start.Line)
		}
		lines(f.Range.File, f.Range.Start.Line, max(f.Range.End.Line, f.Range.Start.Line))
		for _, rel := range f.Related {
			lines(rel.Range.File, rel.Range.Start.Line, rel.Range.Start.Line)
		}
	}
	if best == len(ri.cands) {
		return nil
	}
	return ri.cands[best]
}

// FormerIDs maps the retired ids that rules took over (Rule.Formerly) to
// the rule that holds each now.
func FormerIDs(rules []*Rule) map[string]string {
	var out map[string]string
	for _, r := range rules {
		for _, id := range r.Formerly {
			if out == nil {
				out = map[string]string{}
			}
			out[id] = r.ID
		}
	}
	return out
}

// currentIDs returns ids with each retired id replaced by the id of the
// rule that took it over (once, in its place), sharing ids when none is.
func currentIDs(ids []string, renamed map[string]string) []string {
	if len(renamed) == 0 {
		return ids
	}
	var out []string
	for i, id := range ids {
		cur, ok := renamed[id]
		if !ok && out == nil {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ids)), ids[:i]...)
		}
		if !ok {
			cur = id
		}
		if !containsString(out, cur) {
			out = append(out, cur)
		}
	}
	if out == nil {
		return ids
	}
	return out
}
