package engine

import (
	"encoding/binary"
	"os"
	"reflect"
	"sync"

	"github.com/soc2lint/soc2lint/parser"
)

// What a root leaves to the end of the scan, encoded. The per-root rules'
// findings, missing controls and notes, and the slim copies of the
// resources they point at, are kept from the moment a root is checked to
// the moment the scan is settled: as objects of pointers (findings,
// resources, ranges, messages), the collector marked them at every
// collection. On the corpus copied four times they were about 7.5 MB of a
// live heap of 35 to 45 MB (about 2 MB on the corpus), and that larger
// live heap moved the soft memory limit's pacing from GOGC 200 to 100
// (cmd/soc2lint/memlimit.go; bench/README.md, perf24b and perf25a).
// Encoded, and written to a temporary file (spill), they leave the heap
// altogether; finish reads them back and decodes them root by root, in
// order. Where no temporary file can be had they stay in memory encoded,
// a byte slice per root that the collector does not scan.
//
// The encoding is of this process's own values, decoded by the same
// binary: varints, and strings and resources by reference to those the
// root's record has already spelled (a file's path, a root's name recur
// in nearly every finding; the findings on one resource share one copy,
// as they did). A root whose results hold anything the encoding does not
// give back exactly (a resource with values, which only Config.KeepGraph
// keeps) keeps them as they were.

// encodedResults is a root's encoded findings, missing controls and notes
// (rootChecked.enc), with the findings kept whole that the compact form
// leaves out (keptFinding.more), which the encoding names by index.
type encodedResults struct {
	// data are the encoded results, or nil when they were written to the
	// scan's spill file at off, n bytes.
	data []byte
	off  int64
	n    int
	more []*Finding
}

// encoder encodes one root's results.
type encoder struct {
	buf    []byte
	strs   map[string]uint64
	res    map[*parser.Resource]uint64
	more   []*Finding
	failed bool
}

var encoders = sync.Pool{New: func() any {
	return &encoder{strs: map[string]uint64{}, res: map[*parser.Resource]uint64{}}
}}

// encodeResults encodes rc's findings, missing controls and notes, of the
// rules in rc.spans, into rc.enc and drops them; it leaves rc as it is
// when any of them would not come back exactly.
func (rc *rootChecked) encodeResults(rules []*Rule, sp *spill) {
	if len(rc.findings) == 0 && len(rc.missing) == 0 && len(rc.undecided) == 0 {
		return
	}
	e := encoders.Get().(*encoder)
	defer func() {
		clear(e.strs)
		clear(e.res)
		e.buf, e.more, e.failed = e.buf[:0], nil, false
		if cap(e.buf) > 1<<20 {
			e.buf = nil
		}
		encoders.Put(e)
	}()
	f, m, u := 0, 0, 0
	for _, sp := range rc.spans {
		r := rules[sp.rule]
		for _, k := range rc.findings[f : f+int(sp.findings)] {
			e.finding(&k)
		}
		for _, mc := range rc.missing[m : m+int(sp.missing)] {
			e.resource(mc.place)
			e.str(mc.format)
			e.count(mc.args == nil, len(mc.args))
			for _, a := range mc.args {
				e.str(a)
			}
		}
		for _, un := range rc.undecided[u : u+int(sp.undecided)] {
			if un.Rule != r {
				e.failed = true
			}
			e.resource(un.Resource)
			e.rng(un.Range)
			e.str(un.Detail)
		}
		f, m, u = f+int(sp.findings), m+int(sp.missing), u+int(sp.undecided)
		if e.failed {
			return
		}
	}
	if f != len(rc.findings) || m != len(rc.missing) || u != len(rc.undecided) {
		return
	}
	rc.enc = &encodedResults{more: e.more, n: len(e.buf)}
	if off, ok := sp.put(e.buf); ok {
		rc.enc.off = off
	} else {
		rc.enc.data = append([]byte(nil), e.buf...)
	}
	rc.findings, rc.missing, rc.undecided = nil, nil, nil
}

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int32)   { e.buf = binary.AppendVarint(e.buf, int64(n)) }

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

// count encodes a slice's length, and whether it is nil: 0 for nil, the
// length and one otherwise.
func (e *encoder) count(isNil bool, n int) {
	if isNil {
		e.uint(0)
	} else {
		e.uint(uint64(n) + 1)
	}
}

// str encodes s: 0 for "", 1 and its bytes the first time, the index of
// the string already spelled and 2 after.
func (e *encoder) str(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	if i, ok := e.strs[s]; ok {
		e.uint(i + 2)
		return
	}
	e.strs[s] = uint64(len(e.strs))
	e.uint(1)
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) pos(p parser.Pos) {
	e.int(p.Line)
	e.int(p.Column)
	e.int(p.Byte)
}

func (e *encoder) rng(r parser.Range) {
	e.str(r.File)
	e.pos(r.Start)
	e.pos(r.End)
}

// finding encodes a kept finding: 0 and its fields, or 1 and the index
// of the whole finding (keptFinding.more).
func (e *encoder) finding(k *keptFinding) {
	if k.more != nil {
		e.uint(1)
		e.uint(uint64(len(e.more)))
		e.more = append(e.more, k.more)
		return
	}
	e.uint(0)
	e.resource(k.res)
	e.rng(k.rng)
	e.str(k.attr)
	e.str(k.message)
	e.count(k.related == nil, len(k.related))
	for _, r := range k.related {
		e.rng(r.Range)
		e.buf = append(e.buf, byte(r.Kind))
		e.str(r.Message)
	}
}

// valueExtra is the index of parser.Value's unexported field of extras,
// which a slim body never has.
var valueExtra = func() int {
	f, ok := reflect.TypeFor[parser.Value]().FieldByName("extra")
	if !ok || len(f.Index) != 1 {
		return -1
	}
	return f.Index[0]
}()

// slimBody reports whether v is a body as slim copies keep it: its kind
// and range only.
func slimBody(v *parser.Value) bool {
	if v.Bool || v.Num != 0 || v.Str != "" || v.Elems != nil || v.Attrs != nil || v.KeyRange != (parser.Range{}) {
		return false
	}
	if valueExtra < 0 {
		return false
	}
	return reflect.ValueOf(v).Elem().Field(valueExtra).IsNil()
}

// resource encodes r: 0 for nil, 1 and its fields the first time, the
// index of the resource already encoded and 2 after. A resource with
// values fails the encoding.
func (e *encoder) resource(r *parser.Resource) {
	if r == nil {
		e.uint(0)
		return
	}
	if i, ok := e.res[r]; ok {
		e.uint(i + 2)
		return
	}
	if r.Metadata != nil || r.Written != nil || r.Parameters != nil || r.Exports != nil || r.Body != nil && !slimBody(r.Body) {
		e.failed = true
		return
	}
	e.res[r] = uint64(len(e.res))
	e.uint(1)
	e.str(string(r.Format))
	e.str(r.Type)
	e.str(r.Name)
	e.str(r.Address)
	e.bool(r.Data)
	e.str(r.Condition)
	e.str(string(r.Kind))
	e.str(r.Module)
	e.rng(r.Range)
	if r.Body == nil {
		e.uint(0)
	} else {
		e.uint(1)
		e.buf = append(e.buf, byte(r.Body.Kind))
		e.rng(r.Body.Range)
	}
	e.str(r.Generated)
	e.str(r.Provider)
	e.strs_(r.DependsOn)
	e.count(r.Calls == nil, len(r.Calls))
	for _, s := range r.Calls {
		e.rng(s.Range)
		e.str(s.Note)
	}
	e.str(r.Local)
	e.str(r.Scope)
	e.str(r.Root)
	e.strs_(r.Assumptions)
	if r.StandIn == nil {
		e.uint(0)
		return
	}
	s := r.StandIn
	e.uint(1)
	e.str(s.Call)
	e.str(s.Source)
	e.str(s.Versions)
	e.count(s.Causes == nil, len(s.Causes))
	for _, c := range s.Causes {
		e.str(c.Rule)
		e.str(c.Type)
		e.rng(c.At)
		e.bool(c.Set)
		e.bool(c.Points)
		e.str(c.Note)
		e.str(c.Text)
	}
}

func (e *encoder) strs_(ss []string) {
	e.count(ss == nil, len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

// decoder reads back what encoder wrote.
type decoder struct {
	data []byte
	strs []string
	res  []*parser.Resource
	more []*Finding
}

func (d *decoder) uint() uint64 {
	n, w := binary.Uvarint(d.data)
	if w <= 0 {
		panic("engine: bad encoded results")
	}
	d.data = d.data[w:]
	return n
}

func (d *decoder) int() int32 {
	n, w := binary.Varint(d.data)
	if w <= 0 {
		panic("engine: bad encoded results")
	}
	d.data = d.data[w:]
	return int32(n)
}

func (d *decoder) byte() byte {
	b := d.data[0]
	d.data = d.data[1:]
	return b
}

func (d *decoder) bool() bool { return d.byte() != 0 }

// count returns a slice's length, and whether it was nil.
func (d *decoder) count() (n int, isNil bool) {
	c := d.uint()
	if c == 0 {
		return 0, true
	}
	return int(c - 1), false
}

func (d *decoder) str() string {
	switch i := d.uint(); i {
	case 0:
		return ""
	case 1:
		n := d.uint()
		s := string(d.data[:n])
		d.data = d.data[n:]
		d.strs = append(d.strs, s)
		return s
	default:
		return d.strs[i-2]
	}
}

func (d *decoder) pos() parser.Pos {
	line := d.int()
	col := d.int()
	return parser.Pos{Line: line, Column: col, Byte: d.int()}
}

func (d *decoder) rng() parser.Range {
	file := d.str()
	start := d.pos()
	return parser.Range{File: file, Start: start, End: d.pos()}
}

func (d *decoder) strList() []string {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) resource() *parser.Resource {
	switch i := d.uint(); i {
	case 0:
		return nil
	case 1:
	default:
		return d.res[i-2]
	}
	r := &parser.Resource{}
	d.res = append(d.res, r)
	r.Format = parser.Format(d.str())
	r.Type = d.str()
	r.Name = d.str()
	r.Address = d.str()
	r.Data = d.bool()
	r.Condition = d.str()
	r.Kind = parser.NodeKind(d.str())
	r.Module = d.str()
	r.Range = d.rng()
	if d.uint() == 1 {
		kind := parser.Kind(d.byte())
		r.Body = &parser.Value{Kind: kind, Range: d.rng()}
	}
	r.Generated = d.str()
	r.Provider = d.str()
	r.DependsOn = d.strList()
	if n, isNil := d.count(); !isNil {
		r.Calls = make([]parser.Step, n)
		for j := range r.Calls {
			rng := d.rng()
			r.Calls[j] = parser.Step{Range: rng, Note: d.str()}
		}
	}
	r.Local = d.str()
	r.Scope = d.str()
	r.Root = d.str()
	r.Assumptions = d.strList()
	if d.uint() == 0 {
		return r
	}
	s := &parser.StandIn{}
	s.Call = d.str()
	s.Source = d.str()
	s.Versions = d.str()
	if n, isNil := d.count(); !isNil {
		s.Causes = make([]parser.StandInCause, n)
		for j := range s.Causes {
			c := &s.Causes[j]
			c.Rule = d.str()
			c.Type = d.str()
			c.At = d.rng()
			c.Set = d.bool()
			c.Points = d.bool()
			c.Note = d.str()
			c.Text = d.str()
		}
	}
	r.StandIn = s
	return r
}

func (d *decoder) finding(r *Rule) Finding {
	if d.uint() == 1 {
		f := *d.more[d.uint()]
		f.Rule = r
		return f
	}
	f := Finding{Rule: r}
	f.Resource = d.resource()
	f.Range = d.rng()
	f.Attr = d.str()
	f.Message = d.str()
	if n, isNil := d.count(); !isNil {
		f.Related = make([]Related, n)
		for j := range f.Related {
			rng := d.rng()
			kind := RelatedKind(d.byte())
			f.Related[j] = Related{Range: rng, Kind: kind, Message: d.str()}
		}
	}
	return f
}

func (d *decoder) missing(r *Rule) Finding {
	place := d.resource()
	mc := missingControl{place: place, format: d.str()}
	if n, isNil := d.count(); !isNil {
		mc.args = make([]string, n)
		for j := range mc.args {
			mc.args[j] = d.str()
		}
	}
	return mc.finding(r)
}

func (d *decoder) undecided(r *Rule) Undecided {
	u := Undecided{Rule: r, Resource: d.resource()}
	u.Range = d.rng()
	u.Detail = d.str()
	return u
}

// decodeInto is gathered.put for a root whose results are encoded: it
// decodes them, read back from sp when they were written there, straight
// into their places in g, each rule's at its cursors; buf is a buffer to
// read them into, which the results do not keep. When they cannot be read
// back, the root's places are left empty (g.holes) and the cursors moved
// past them.
func (rc *rootChecked) decodeInto(g *gathered, rules []*Rule, sp *spill, buf *[]byte) error {
	d := &decoder{data: rc.enc.data, more: rc.enc.more}
	if d.data == nil {
		var err error
		if d.data, err = sp.get(rc.enc.off, rc.enc.n, buf); err != nil {
			g.skip(rc.spans)
			return err
		}
	}
	for _, s := range rc.spans {
		r := rules[s.rule]
		fs := g.next(&g.atF[s.rule], g.findings, s.findings)
		for j := range fs {
			fs[j] = d.finding(r)
		}
		ms := g.next(&g.atM[s.rule], g.missing, s.missing)
		for j := range ms {
			ms[j] = d.missing(r)
		}
		us := g.atU[s.rule]
		g.atU[s.rule] += int(s.undecided)
		for j := range g.undecided[us:g.atU[s.rule]] {
			g.undecided[us+j] = d.undecided(r)
		}
	}
	if len(d.data) != 0 {
		panic("engine: bad encoded results")
	}
	return nil
}

// spill is a temporary file, in the system's directory for them, that
// the roots' encoded results are written to as the roots are checked, and
// read back from when the scan is settled: out of the heap, they neither
// count towards the live heap that paces the collector nor hold memory.
// It is made on the first write, removed at once where the system allows
// it (else when it is closed), and closed when the scan ends. A spill
// that cannot be made or written to, or has grown to maxSpill, leaves the
// results in memory, encoded.
type spill struct {
	mu     sync.Mutex
	f      *os.File
	name   string
	size   int64
	failed bool
}

// maxSpill bounds the spill file.
const maxSpill = 1 << 30

// put writes b to the spill and returns where; false when it did not.
func (s *spill) put(b []byte) (int64, bool) {
	if s == nil {
		return 0, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failed || s.size+int64(len(b)) > maxSpill {
		return 0, false
	}
	if s.f == nil {
		f, err := os.CreateTemp("", "soc2lint-results-*")
		if err != nil {
			s.failed = true
			return 0, false
		}
		s.f = f
		if os.Remove(f.Name()) != nil {
			s.name = f.Name()
		}
	}
	off := s.size
	if n, err := s.f.Write(b); err != nil {
		// What was written before stays readable; the file grows no more.
		s.failed = true
		s.size += int64(n)
		return 0, false
	}
	s.size += int64(len(b))
	return off, true
}

// get reads n bytes at off into *buf, grown as needed.
func (s *spill) get(off int64, n int, buf *[]byte) ([]byte, error) {
	if cap(*buf) < n {
		*buf = make([]byte, n)
	}
	b := (*buf)[:n]
	if _, err := s.f.ReadAt(b, off); err != nil {
		return nil, err
	}
	return b, nil
}

// close closes and removes the spill file, if one was made.
func (s *spill) close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f != nil {
		s.f.Close()
		if s.name != "" {
			os.Remove(s.name)
		}
		s.f, s.name = nil, ""
	}
	s.failed = true
}
