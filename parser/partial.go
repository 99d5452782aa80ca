package parser

import "strings"

// Partly known strings.
//
// A string assembled from known and unknown pieces, such as
// "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
// or !Sub "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess", is
// Unknown, but its known text can still decide a rule's question: that
// string names the AWS managed AdministratorAccess policy whatever the
// partition. Value.Parts keeps that text; the helpers below read it.

// KnownPrefix returns the text a string value is known to begin with: all
// of a known string (or number or bool), or the known text before the first
// unknown piece of a partly known one. ok is false when nothing is known.
func (v *Value) KnownPrefix() (prefix string, ok bool) {
	if s, ok := v.AsString(); ok {
		return s, true
	}
	if parts := v.KnownParts(); parts != nil {
		return parts[0], true
	}
	return "", false
}

// KnownSuffix returns the text a string value is known to end with: all of
// a known string (or number or bool), or the known text after the last
// unknown piece of a partly known one. ok is false when nothing is known.
func (v *Value) KnownSuffix() (suffix string, ok bool) {
	if s, ok := v.AsString(); ok {
		return s, true
	}
	if parts := v.KnownParts(); parts != nil {
		return parts[len(parts)-1], true
	}
	return "", false
}

// KnownParts returns the known text of a partly known string around and
// between its unknown pieces (see Value.Parts), or nil when v is not a
// partly known string.
func (v *Value) KnownParts() []string {
	if v == nil || v.Kind != Unknown || len(v.Parts()) < 2 {
		return nil
	}
	return v.Parts()
}

// maxPartsLen bounds the known text a PartsBuilder keeps: enough for
// ARNs, ids and URLs, and never a large document.
const maxPartsLen = 4096

// PartsBuilder assembles the Parts of a string from its pieces in order.
// The zero value is ready to use.
type PartsBuilder struct {
	parts    []string
	cur      strings.Builder
	size     int
	overflow bool
}

// Known appends known text.
func (b *PartsBuilder) Known(s string) {
	if b.size += len(s); b.size > maxPartsLen {
		b.overflow = true
		return
	}
	b.cur.WriteString(s)
}

// Gap appends a piece of which nothing is known.
func (b *PartsBuilder) Gap() {
	b.parts = append(b.parts, b.cur.String())
	b.cur.Reset()
}

// Add appends a piece given as a value: a known string, number or bool is
// known text, a partly known string contributes its known parts, anything
// else is a gap.
func (b *PartsBuilder) Add(v *Value) {
	if s, ok := v.AsString(); ok {
		b.Known(s)
		return
	}
	parts := v.KnownParts()
	if parts == nil {
		b.Gap()
		return
	}
	b.Known(parts[0])
	for _, p := range parts[1:] {
		b.Gap()
		b.Known(p)
	}
}

// Parts returns the Parts of the assembled string: nil when no piece was a
// gap (the string is then known, which the caller handles) or when the
// known text was too long to keep.
func (b *PartsBuilder) Parts() []string {
	if len(b.parts) == 0 || b.overflow || b.size == 0 {
		return nil
	}
	return append(append([]string(nil), b.parts...), b.cur.String())
}

// CouldBe reports whether v may be the string s, compared as the rule API
// compares settings (ignoring case and surrounding space): a known value
// when it equals s, a partly known one when s has its known text in order
// (the first part at the start, the last at the end), any other unknown
// value always, and anything else never.
func (v *Value) CouldBe(s string) bool {
	if v == nil {
		return false
	}
	if k, ok := v.AsString(); ok {
		return strings.EqualFold(strings.TrimSpace(k), strings.TrimSpace(s))
	}
	if v.Kind != Unknown {
		return false
	}
	parts := v.KnownParts()
	if parts == nil {
		return true
	}
	s = strings.ToLower(strings.TrimSpace(s))
	first := strings.ToLower(strings.TrimLeft(parts[0], " \t\r\n"))
	last := strings.ToLower(strings.TrimRight(parts[len(parts)-1], " \t\r\n"))
	if !strings.HasPrefix(s, first) {
		return false
	}
	s = s[len(first):]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(s, strings.ToLower(p))
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return strings.HasSuffix(s, last)
}

// Shown returns how a user reads v in a message: a known string as it is,
// a partly known one with "…" for each unknown piece.
func (v *Value) Shown() string {
	if s, ok := v.AsString(); ok {
		return s
	}
	return strings.Join(v.KnownParts(), "…")
}
