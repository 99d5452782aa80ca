// Package sarif writes soc2lint's findings as a SARIF 2.1.0 log that GitHub
// code scanning accepts.
//
// Why this package has its own structs instead of using
// github.com/owenrumney/go-sarif/v3 (which go.mod lists):
//
//   - Its constructors write SARIF's "-1 = unset" defaults as real values:
//     a location "id": -1, "ruleIndex": -1, "rank": -1, artifact and logical
//     location "index": -1. GitHub documents such values as out of range.
//   - Several plain int fields have no omitempty: a Region built without
//     NewRegion writes "byteOffset": 0 and "charOffset": 0, which claims the
//     finding starts at the first byte of the file; built with NewRegion it
//     writes -1 for both. Either way a region is wrong unless the output is
//     post-processed.
//   - Its constructors fill a dozen empty arrays per object ("attachments": [],
//     "codeFlows": [], "stacks": [], ...) and defaults such as
//     "newlineSequences" and "language" that make the log noisy.
//   - Its sarif package imports github.com/xeipuuv/gojsonschema for
//     validation, a module this repository's go.sum does not hold.
//
// The part of SARIF that GitHub reads is small: the driver with its rules,
// results with locations, fingerprints and related locations, and the
// invocation's notifications. Writing those few structs here makes every
// field and its omission explicit, keeps key order fixed and the output
// byte-identical for identical input. Tests validate the output against the
// official SARIF 2.1.0 schema and, when it is installed, Microsoft's SARIF
// multitool with its GitHub ingestion rules.
package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/internal/jsonindent"
	"github.com/soc2lint/soc2lint/parser"
)

// Constants of the written log.
const (
	// SchemaURI is the $schema of the log.
	SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	// Version is the SARIF version written.
	Version = "2.1.0"
	// ToolName is tool.driver.name.
	ToolName = "soc2lint"
	// InformationURI is tool.driver.informationUri.
	InformationURI = "https://github.com/soc2lint/soc2lint"
	// RuleDocsURI is the prefix of every rule's helpUri: its docs page.
	RuleDocsURI = "https://github.com/soc2lint/soc2lint/blob/main/docs/rules/"
	// SrcRoot is the uriBaseId of every artifact location.
	SrcRoot = "%SRCROOT%"
	// FingerprintKey is the partialFingerprints key of every result. Bump the
	// version when the fingerprint's input changes.
	FingerprintKey = "soc2lint/v2"
)

// Run is everything one SARIF log describes.
type Run struct {
	ToolVersion string
	// Rules is every rule of the registry, in registry order: the driver
	// lists them all.
	Rules []*engine.Rule
	// Findings are already in deterministic order.
	Findings []engine.Finding
	// Suppressed are findings silenced by ignores. They are written as
	// results carrying a SARIF suppression (kind inSource) with the
	// ignore's reason; leave it empty to write only open findings.
	Suppressed []engine.Suppressed
	// Diagnostics are parse problems: they become
	// invocations[0].toolExecutionNotifications.
	Diagnostics parser.Diagnostics
	// Undecided are the rules' "cannot tell" notes: they become
	// toolExecutionNotifications of level note, each naming its rule in
	// associatedRule, after the diagnostics.
	Undecided []engine.Undecided
	// Paths in Range.File are relative to the working directory with forward
	// slashes (the caller guarantees that).

	// SourceRoot is optional: the absolute directory the relative paths are
	// relative to, with forward slashes. When set, it is written as
	// run.originalUriBaseIds["%SRCROOT%"] ("file:///<SourceRoot>/"). Leave it
	// empty for output that is the same on every machine; GitHub resolves
	// %SRCROOT% to the checkout itself.
	SourceRoot string
	// Workers is how many goroutines may encode results at once, the
	// caller's among them; 0 or 1: only the caller's. The log is the same
	// for any number.
	Workers int
}

// The structs below are the subset of the SARIF 2.1.0 object model that
// soc2lint writes. Field order is the JSON key order.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               tool                        `json:"tool"`
	Invocations        []invocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []result                    `json:"results"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name            string       `json:"name"`
	Version         string       `json:"version,omitempty"`
	SemanticVersion string       `json:"semanticVersion,omitempty"`
	InformationURI  string       `json:"informationUri"`
	Rules           []descriptor `json:"rules"`
}

type descriptor struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     text           `json:"shortDescription"`
	FullDescription      text           `json:"fullDescription"`
	Help                 text           `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration configuration  `json:"defaultConfiguration"`
	Properties           ruleProperties `json:"properties"`
}

// text is SARIF's multiformatMessageString.
type text struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type configuration struct {
	Level string `json:"level"`
}

type ruleProperties struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision,omitempty"`
	SecuritySeverity string   `json:"security-severity"`
	Severity         string   `json:"severity"`
	Checklist        []string `json:"checklist"`
	SOC2             []string `json:"soc2"`
	// Aliases are other scanners' ids for the same check.
	Aliases []string `json:"aliases,omitempty"`
}

type result struct {
	RuleID              string              `json:"ruleId"`
	RuleIndex           int                 `json:"ruleIndex"`
	Level               string              `json:"level"`
	Message             message             `json:"message"`
	Locations           []location          `json:"locations"`
	RelatedLocations    []location          `json:"relatedLocations,omitempty"`
	CodeFlows           []codeFlow          `json:"codeFlows,omitempty"`
	PartialFingerprints partialFingerprints `json:"partialFingerprints"`
	Suppressions        []suppression       `json:"suppressions,omitempty"`
}

// partialFingerprints is a result's partialFingerprints: one member, named
// FingerprintKey (TestFingerprintsKey).
type partialFingerprints struct {
	Sum string `json:"soc2lint/v2"`
}

// suppression marks a result silenced in the source (SARIF 3.35).
type suppression struct {
	Kind          string    `json:"kind"`
	Status        string    `json:"status"`
	Justification string    `json:"justification,omitempty"`
	Location      *location `json:"location,omitempty"`
}

// codeFlow is the path a bad value took from where it was written to where
// it is used: variable default or tfvars entry, locals, module inputs.
type codeFlow struct {
	Message     *message     `json:"message,omitempty"`
	ThreadFlows []threadFlow `json:"threadFlows"`
}

type threadFlow struct {
	Locations []threadFlowLocation `json:"locations"`
}

type threadFlowLocation struct {
	Location location `json:"location"`
}

type message struct {
	Text string `json:"text"`
}

type location struct {
	// ID is written for related locations only (1..n); 0 is omitted.
	ID               int               `json:"id,omitempty"`
	PhysicalLocation *physicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []logicalLocation `json:"logicalLocations,omitempty"`
	Message          *message          `json:"message,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int `json:"startLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type logicalLocation struct {
	Name               string `json:"name,omitempty"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Level          string         `json:"level"`
	Message        message        `json:"message"`
	Locations      []location     `json:"locations,omitempty"`
	AssociatedRule *ruleReference `json:"associatedRule,omitempty"`
}

// ruleReference is SARIF's reportingDescriptorReference to a rule of the
// driver.
type ruleReference struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

// Write writes run as an indented SARIF 2.1.0 log followed by a newline.
// Identical input gives byte-identical output, whatever run.Workers. It
// fails on a finding without a rule and on a rule without an ID, before
// writing anything.
//
// The log is written a result at a time: everything but the results (the
// driver and its rules, the invocation and its notifications) is built
// and indented whole, the results are then encoded and indented a chunk
// at a time and flushed to w every 64 KB, with the bytes jsonindent.Encode
// gives the whole log. Built whole, the log of 150,000 findings held the
// results' objects, their compact encoding grown by doubling and its
// indented copy at once: 1.27 GB at the peak (perf26c). With run.Workers
// above one, chunks are encoded on up to that many goroutines (the
// caller's among them) while the caller writes them in order (see
// writeResults).
func Write(w io.Writer, run Run) error {
	log, index, err := build(run)
	if err != nil {
		return err
	}
	if len(run.Findings) == 0 && len(run.Suppressed) == 0 {
		// Help markdown and messages hold <, > and &: keep them readable.
		return jsonindent.Encode(w, log, false)
	}
	// The log without results ends in `"results": []` and the closing
	// brackets of the run, the runs and the log: results is the last
	// member of the run, the run the only element of runs, runs the last
	// member of the log.
	var head bytes.Buffer
	if err := jsonindent.Encode(&head, log, false); err != nil {
		return err
	}
	const tail = "\n    }\n  ]\n}\n"
	b, ok := bytes.CutSuffix(head.Bytes(), []byte(`"results": []`+tail))
	if !ok {
		return fmt.Errorf("sarif: unexpected end of the log's head")
	}
	s := &resultStream{w: w, out: make([]byte, 0, 80<<10)}
	s.out = append(append(s.out, b...), `"results": [`...)
	head = bytes.Buffer{}
	writeResults(s, run, index)
	s.out = append(s.out, "\n      ]"+tail...)
	return s.flush(true)
}

// resultStream writes the results of a log to w, buffered.
type resultStream struct {
	w   io.Writer
	out []byte
	err error
	// seen counts the fingerprints written.
	seen fingerprintCounts
}

// flush writes what is buffered once there is 64 KB of it, or all of it.
func (s *resultStream) flush(all bool) error {
	if s.err == nil && (all || len(s.out) >= 64<<10) {
		_, s.err = s.w.Write(s.out)
		s.out = s.out[:0]
	}
	return s.err
}

// chunkResults is how many results a chunk holds.
const chunkResults = 256

// encodedChunk is a chunk of results encoded and indented at their depth
// in the log (an element of runs[0].results: 4), each after its comma and
// newline, but for the count that ends each result's fingerprint: it is
// the number of results before it with the same fingerprint, known only
// in the order of the log, so the writer puts it in. cuts[j] is where the
// j-th result's count goes in buf (before the closing quote of its
// fingerprint), sums[j] its fingerprint without the count.
type encodedChunk struct {
	buf  []byte
	cuts []int
	sums []string
	err  error
}

// chunkEncoder encodes chunks of results; one per goroutine.
type chunkEncoder struct {
	run     *Run
	index   map[string]int
	compact bytes.Buffer
	enc     *json.Encoder
	// rest is scratch for the end of a result.
	rest []byte
}

func newChunkEncoder(run *Run, index map[string]int) *chunkEncoder {
	e := &chunkEncoder{run: run, index: index}
	e.enc = json.NewEncoder(&e.compact)
	e.enc.SetEscapeHTML(false)
	return e
}

// encode encodes the results from first to end (findings, then
// suppressed findings) into c.
func (e *chunkEncoder) encode(c *encodedChunk, first, end int) {
	nf := len(e.run.Findings)
	for i := first; i < end && c.err == nil; i++ {
		var r result
		var sum string
		if i < nf {
			f := &e.run.Findings[i]
			r, sum = resultOf(f, e.index[f.Rule.ID])
		} else {
			sf := &e.run.Suppressed[i-nf]
			r, sum = resultOf(&sf.Finding, e.index[sf.Finding.Rule.ID])
			r.Suppressions = suppressionOf(sf)
		}
		e.result(c, r, sum, i)
	}
}

// result appends r, the i-th result, to c: the result encoded without
// its suppressions and with its fingerprint's count left out ends in the
// fingerprint's closing quote and two closing braces (partialFingerprints
// is the last member but suppressions, its one member a string); it is
// indented up to and with that quote, and the rest (the braces, with the
// suppressions before the last) at the depth there (the result's object
// and partialFingerprints open: 6), which gives the bytes the result
// indented whole would give, since indenting only reads whether a byte
// is inside a string and how deep it is.
func (e *chunkEncoder) result(c *encodedChunk, r result, sum string, i int) {
	if i > 0 {
		c.buf = append(c.buf, ',')
	}
	c.buf = append(c.buf, "\n        "...)
	sups := r.Suppressions
	r.Suppressions = nil
	r.PartialFingerprints.Sum = sum + ":"
	e.compact.Reset()
	if c.err = e.enc.Encode(r); c.err != nil {
		return
	}
	// The Encoder ends the value with a newline.
	b := bytes.TrimSuffix(e.compact.Bytes(), []byte("\n"))
	if !bytes.HasSuffix(b, []byte(`"}}`)) {
		c.err = fmt.Errorf("sarif: unexpected end of a result's encoding")
		return
	}
	c.buf = jsonindent.AppendAt(c.buf, b[:len(b)-2], 4)
	c.cuts = append(c.cuts, len(c.buf)-1)
	c.sums = append(c.sums, sum)
	rest := append(e.rest[:0], '}')
	if len(sups) > 0 {
		e.compact.Reset()
		if c.err = e.enc.Encode(sups); c.err != nil {
			return
		}
		rest = append(rest, `,"suppressions":`...)
		rest = append(rest, bytes.TrimSuffix(e.compact.Bytes(), []byte("\n"))...)
	}
	rest = append(rest, '}')
	c.buf = jsonindent.AppendAt(c.buf, rest, 6)
	e.rest = rest
}

// put writes chunk c to s, with each result's fingerprint count.
func (s *resultStream) put(c *encodedChunk) {
	if s.err != nil {
		return
	}
	if c.err != nil {
		s.err = c.err
		return
	}
	at := 0
	for j, cut := range c.cuts {
		s.out = append(s.out, c.buf[at:cut]...)
		s.out = strconv.AppendInt(s.out, int64(s.seen.add(c.sums[j])), 10)
		at = cut
		if s.flush(false) != nil {
			return
		}
	}
	s.out = append(s.out, c.buf[at:]...)
	s.flush(false)
}

// writeResults encodes every result of run and writes them to s in order.
// With run.Workers above one, workers-1 goroutines encode chunks ahead of
// the writer, at most aheadChunks per worker past the one being written,
// and the caller, while the chunk it is to write next is not ready,
// encodes the next chunk no one has taken; the goroutines all end before
// writeResults returns, also when writing fails.
func writeResults(s *resultStream, run Run, index map[string]int) {
	n := len(run.Findings) + len(run.Suppressed)
	chunks := (n + chunkResults - 1) / chunkResults
	span := func(k int) (int, int) { return k * chunkResults, min(n, (k+1)*chunkResults) }
	own := newChunkEncoder(&run, index)
	helpers := min(run.Workers-1, chunks-1)
	if helpers <= 0 {
		var c encodedChunk
		for k := range chunks {
			c.buf, c.cuts, c.sums = c.buf[:0], c.cuts[:0], c.sums[:0]
			first, end := span(k)
			own.encode(&c, first, end)
			if s.put(&c); s.err != nil {
				return
			}
		}
		return
	}
	window := aheadChunks * (helpers + 1)
	p := &pipeline{ready: make([]*encodedChunk, chunks), done: make([]chan struct{}, chunks), free: make(chan *encodedChunk, window+helpers+1)}
	for k := range p.done {
		p.done[k] = make(chan struct{})
	}
	p.cond = sync.NewCond(&p.mu)
	// fill encodes chunk k with e and hands it to the writer.
	fill := func(e *chunkEncoder, k int) {
		c := p.chunk()
		first, end := span(k)
		e.encode(c, first, end)
		p.ready[k] = c
		close(p.done[k])
	}
	var wg sync.WaitGroup
	for range helpers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := newChunkEncoder(&run, index)
			for {
				k := int(p.next.Add(1)) - 1
				if k >= chunks || !p.wait(k, window) {
					return
				}
				fill(e, k)
			}
		}()
	}
	defer wg.Wait()
	defer p.stop()
	for k := range chunks {
		// While chunk k is not encoded, encode the next chunk nobody has
		// taken, within the window.
		for !p.isDone(k) {
			j := int(p.next.Load())
			if j >= chunks || j >= k+window || !p.next.CompareAndSwap(int64(j), int64(j+1)) {
				if j >= chunks || j >= k+window {
					<-p.done[k]
				}
				continue
			}
			fill(own, j)
		}
		c := p.ready[k]
		p.ready[k] = nil
		p.advance(k + 1)
		s.put(c)
		p.reuse(c)
		if s.err != nil {
			return
		}
	}
}

// aheadChunks bounds how many chunks per encoding goroutine are held
// encoded and not yet written.
const aheadChunks = 2

// pipeline is the state writeResults shares with its goroutines.
type pipeline struct {
	// next is the next chunk to encode.
	next atomic.Int64
	// ready[k] is chunk k once done[k] is closed.
	ready []*encodedChunk
	done  []chan struct{}

	// free holds written chunks, whose buffers are encoded into again.
	free chan *encodedChunk

	mu   sync.Mutex
	cond *sync.Cond
	// written counts the chunks handed to the writer; stopped is set when
	// it gives up.
	written int
	stopped bool
}

// wait waits until chunk k is within window chunks of the writer; false
// when the writer has stopped.
func (p *pipeline) wait(k, window int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k >= p.written+window && !p.stopped {
		p.cond.Wait()
	}
	return !p.stopped
}

// chunk returns an empty chunk, reusing a written one's buffers.
func (p *pipeline) chunk() *encodedChunk {
	select {
	case c := <-p.free:
		c.buf, c.cuts, c.sums, c.err = c.buf[:0], c.cuts[:0], c.sums[:0], nil
		return c
	default:
		return &encodedChunk{}
	}
}

// reuse keeps a written chunk for chunk.
func (p *pipeline) reuse(c *encodedChunk) {
	select {
	case p.free <- c:
	default:
	}
}

// isDone reports whether chunk k is encoded.
func (p *pipeline) isDone(k int) bool {
	select {
	case <-p.done[k]:
		return true
	default:
		return false
	}
}

func (p *pipeline) advance(written int) {
	p.mu.Lock()
	p.written = written
	p.mu.Unlock()
	p.cond.Broadcast()
}

// stop tells the goroutines to take no more chunks.
func (p *pipeline) stop() {
	p.mu.Lock()
	p.stopped = true
	p.mu.Unlock()
	p.cond.Broadcast()
	p.next.Store(math.MaxInt32)
}

// build makes the log without its results (an empty, non-nil list) and
// the index of every rule in the driver's list. It checks every finding,
// suppressed finding and note for a rule with an ID first, so that Write
// fails before it writes anything.
func build(run Run) (*sarifLog, map[string]int, error) {
	d := driver{
		Name:           ToolName,
		Version:        run.ToolVersion,
		InformationURI: InformationURI,
		Rules:          []descriptor{},
	}
	if semver := semanticVersion(run.ToolVersion); semver != "" {
		// "v1.2.3" is written as "1.2.3": consumers compare versions
		// numerically (the multitool warns about a leading "v").
		d.Version = semver
		d.SemanticVersion = semver
	}

	index := map[string]int{}
	addRule := func(r *engine.Rule) error {
		if r.ID == "" {
			return fmt.Errorf("sarif: rule %q has no ID", r.Name)
		}
		if _, ok := index[r.ID]; ok {
			return nil // the first rule with an ID wins
		}
		index[r.ID] = len(d.Rules)
		d.Rules = append(d.Rules, describe(r))
		return nil
	}
	for _, r := range run.Rules {
		if r == nil {
			continue
		}
		if err := addRule(r); err != nil {
			return nil, nil, err
		}
	}

	for i, f := range run.Findings {
		if f.Rule == nil {
			return nil, nil, fmt.Errorf("sarif: finding %d (%q) has no rule", i, f.Text())
		}
		// A rule missing from the registry is still described, after the
		// registry's rules, so that ruleIndex always points at it.
		if err := addRule(f.Rule); err != nil {
			return nil, nil, err
		}
	}
	for _, sf := range run.Suppressed {
		f := sf.Finding
		if f.Rule == nil {
			return nil, nil, fmt.Errorf("sarif: suppressed finding %q has no rule", f.Text())
		}
		if err := addRule(f.Rule); err != nil {
			return nil, nil, err
		}
	}

	inv := invocation{ExecutionSuccessful: !run.Diagnostics.HasErrors()}
	for _, diag := range run.Diagnostics {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, makeNotification(diag))
	}
	for _, u := range run.Undecided {
		if u.Rule == nil {
			return nil, nil, fmt.Errorf("sarif: undecided note %q has no rule", u.Detail)
		}
		if err := addRule(u.Rule); err != nil {
			return nil, nil, err
		}
		n := notification{Level: "note", Message: message{Text: validUTF8(u.Text())},
			AssociatedRule: &ruleReference{ID: u.Rule.ID, Index: index[u.Rule.ID]}}
		if pl := makePhysical(u.Range); pl != nil {
			n.Locations = []location{{PhysicalLocation: pl}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}

	r := sarifRun{
		Tool:        tool{Driver: d},
		Invocations: []invocation{inv},
		ColumnKind:  "unicodeCodePoints", // parser.Pos.Column counts code points
		Results:     []result{},
	}
	if root := sourceRootURI(run.SourceRoot); root != "" {
		r.OriginalURIBaseIDs = map[string]artifactLocation{SrcRoot: {URI: root}}
	}
	return &sarifLog{Schema: SchemaURI, Version: Version, Runs: []sarifRun{r}}, index, nil
}

// suppressedResult is a suppressed finding's result: the finding's, with
// a SARIF suppression naming the ignore.
func suppressedResult(sf engine.Suppressed, ruleIndex int, seen *fingerprintCounts) result {
	res := makeResult(sf.Finding, ruleIndex, seen)
	res.Suppressions = suppressionOf(&sf)
	return res
}

// suppressionOf is the SARIF suppression of a suppressed finding.
func suppressionOf(sf *engine.Suppressed) []suppression {
	kind := "inSource"
	if sf.By.Kind.External() {
		kind = "external" // silenced by a file outside the code
	}
	sup := suppression{Kind: kind, Status: "accepted", Justification: validUTF8(sf.By.Reason)}
	if pl := makePhysical(sf.By.Range); pl != nil {
		sup.Location = &location{PhysicalLocation: pl}
	}
	return []suppression{sup}
}

// level maps a rule severity to a SARIF level.
func level(s engine.Severity) string {
	switch s {
	case engine.Critical, engine.High:
		return "error"
	case engine.Low:
		return "note"
	default:
		return "warning"
	}
}

func describe(r *engine.Rule) descriptor {
	short := firstNonEmpty(r.Title, r.Name, r.ID)
	full := firstNonEmpty(r.Description, short)
	tags := uniqueNonEmpty(append([]string{"security", r.Provider}, r.Checklist...))
	return descriptor{
		ID:                   r.ID,
		Name:                 r.Name,
		ShortDescription:     text{Text: short},
		FullDescription:      text{Text: full},
		Help:                 text{Text: helpText(r, full), Markdown: helpMarkdown(r, full)},
		HelpURI:              helpURI(r),
		DefaultConfiguration: configuration{Level: level(r.Severity)},
		Properties: ruleProperties{
			Tags:             tags,
			Precision:        r.Precision,
			SecuritySeverity: r.Severity.SecuritySeverity(),
			Severity:         r.Severity.String(),
			Checklist:        nonNil(r.Checklist),
			SOC2:             nonNil(r.SOC2),
			Aliases:          r.Aliases,
		},
	}
}

// helpURI is the rule's page in the repository's docs (docs/rules/ID.md),
// which explains the rule with examples; the provider's links are listed
// in help.
func helpURI(r *engine.Rule) string {
	return RuleDocsURI + url.PathEscape(r.ID) + ".md"
}

func helpText(r *engine.Rule, description string) string {
	var b strings.Builder
	b.WriteString(description)
	rem := r.Remediation
	if rem.Summary != "" {
		b.WriteString("\n\nFix: " + rem.Summary)
	}
	for _, ex := range []struct{ name, code string }{
		{"Terraform", rem.Terraform},
		{"CloudFormation", rem.CloudFormation},
	} {
		if strings.TrimSpace(ex.code) != "" {
			b.WriteString("\n\n" + ex.name + ":\n\n" + strings.TrimRight(ex.code, "\n"))
		}
	}
	writeCompliance(&b, r, false)
	if len(r.Links) > 0 {
		b.WriteString("\n\nReferences:\n")
		for _, l := range r.Links {
			b.WriteString("\n- " + l)
		}
	}
	return b.String()
}

func helpMarkdown(r *engine.Rule, description string) string {
	var b strings.Builder
	b.WriteString(description)
	rem := r.Remediation
	if rem.Summary != "" {
		b.WriteString("\n\n**Fix:** " + rem.Summary)
	}
	if strings.TrimSpace(rem.Terraform) != "" {
		b.WriteString("\n\nTerraform:\n\n" + fenced("hcl", rem.Terraform))
	}
	if cfn := rem.CloudFormation; strings.TrimSpace(cfn) != "" {
		lang := "yaml"
		if t := strings.TrimSpace(cfn); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
			lang = "json"
		}
		b.WriteString("\n\nCloudFormation:\n\n" + fenced(lang, cfn))
	}
	writeCompliance(&b, r, true)
	if len(r.Links) > 0 {
		b.WriteString("\n\nReferences:\n")
		for _, l := range r.Links {
			b.WriteString("\n- " + l)
		}
	}
	return b.String()
}

func writeCompliance(b *strings.Builder, r *engine.Rule, markdown bool) {
	for _, line := range []struct{ label, items string }{
		{"SOC 2 criteria", strings.Join(r.SOC2, ", ")},
		{"Checklist", strings.Join(r.Checklist, ", ")},
	} {
		if line.items == "" {
			continue
		}
		if markdown {
			b.WriteString("\n\n**" + line.label + ":** " + line.items)
		} else {
			b.WriteString("\n\n" + line.label + ": " + line.items)
		}
	}
}

// fenced puts code in a fenced code block whose fence is longer than any
// run of backticks inside the code.
func fenced(lang, code string) string {
	longest, run := 0, 0
	for _, c := range code {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + lang + "\n" + strings.TrimRight(code, "\n") + "\n" + fence
}

// makeResult is a finding's result, its fingerprint counted in seen.
func makeResult(f engine.Finding, ruleIndex int, seen *fingerprintCounts) result {
	r, sum := resultOf(&f, ruleIndex)
	r.PartialFingerprints.Sum = sum + ":" + strconv.Itoa(seen.add(sum))
	return r
}

// resultOf is a finding's result without its fingerprint, and the
// fingerprint without its count (engine.Fingerprint).
func resultOf(f *engine.Finding, ruleIndex int) (result, string) {
	address, name := "", ""
	if f.Resource != nil {
		// JSON replaces invalid UTF-8 anyway; do it first, so that the
		// address check below sees what is written.
		address, name = validUTF8(f.Resource.Address), validUTF8(f.Resource.Name)
	}
	msg := validUTF8(strings.TrimSpace(f.Text()))
	if msg == "" {
		msg = validUTF8(firstNonEmpty(f.Rule.Title, f.Rule.Name, f.Rule.ID))
	}
	if address != "" && !strings.Contains(msg, address) {
		msg = address + ": " + msg
	}

	rng := f.Range
	if rng.File == "" && f.Resource != nil {
		rng = f.Resource.Range
	}
	loc := location{PhysicalLocation: makePhysical(rng)}
	if address != "" {
		ll := logicalLocation{FullyQualifiedName: address, Kind: "resource"}
		if name != address {
			ll.Name = name
		}
		loc.LogicalLocations = []logicalLocation{ll}
	}

	var related []location
	for _, rel := range f.Related {
		l := location{PhysicalLocation: makePhysical(rel.Range)}
		if m := strings.TrimSpace(rel.Text()); m != "" {
			l.Message = &message{Text: m}
		}
		if l.PhysicalLocation == nil && l.Message == nil {
			continue
		}
		l.ID = len(related) + 1
		related = append(related, l)
	}

	return result{
		RuleID:           f.Rule.ID,
		RuleIndex:        ruleIndex,
		Level:            level(f.Rule.Severity),
		Message:          message{Text: msg},
		Locations:        []location{loc},
		RelatedLocations: related,
		CodeFlows:        makeCodeFlows(f, rng),
	}, engine.Fingerprint(f, rng.File)
}

// A result's fingerprint identifies its finding across commits without its
// line numbers or its message: engine.Fingerprint (rule, file, resource
// address without instance keys, attribute path) and, after a colon, the
// number of results with the same engine.Fingerprint up to it.

// fingerprintCounts counts the results written of each fingerprint. It
// holds engine.Fingerprint's 64 lowercase hex digits as the 32 bytes they
// spell (a string of any other form as it is): a log of 150,000 results
// held 150,000 strings of 64 bytes, each with its map entry, to the end.
type fingerprintCounts struct {
	sums  map[[32]byte]int
	other map[string]int
}

// add counts one more result of the fingerprint sum and returns how many
// there are now.
func (c *fingerprintCounts) add(sum string) int {
	if k, ok := lowerHex32(sum); ok {
		if c.sums == nil {
			c.sums = map[[32]byte]int{}
		}
		c.sums[k]++
		return c.sums[k]
	}
	if c.other == nil {
		c.other = map[string]int{}
	}
	c.other[sum]++
	return c.other[sum]
}

// lowerHex32 returns the 32 bytes that 64 lowercase hex digits spell;
// false for any other string, so that two strings never share a key.
func lowerHex32(s string) (k [32]byte, ok bool) {
	if len(s) != 64 {
		return k, false
	}
	digit := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'a' <= c && c <= 'f':
			return c - 'a' + 10, true
		}
		return 0, false
	}
	for i := range k {
		hi, ok1 := digit(s[2*i])
		lo, ok2 := digit(s[2*i+1])
		if !ok1 || !ok2 {
			return k, false
		}
		k[i] = hi<<4 | lo
	}
	return k, true
}

func makeNotification(d parser.Diagnostic) notification {
	lvl := "warning"
	switch d.Severity {
	case parser.SevError:
		lvl = "error"
	case parser.SevNote:
		lvl = "note"
	}
	msg := strings.TrimSpace(d.Summary)
	if msg == "" {
		msg = "problem reading input"
	}
	if detail := strings.TrimSpace(d.Detail); detail != "" {
		msg += ": " + detail
	}
	n := notification{Level: lvl, Message: message{Text: msg}}
	if pl := makePhysical(d.Range); pl != nil {
		n.Locations = []location{{PhysicalLocation: pl}}
	}
	return n
}

// makePhysical returns nil for a range without a file.
func makePhysical(r parser.Range) *physicalLocation {
	if r.File == "" {
		return nil
	}
	return &physicalLocation{ArtifactLocation: makeArtifact(r.File), Region: makeRegion(r)}
}

// makeArtifact makes a relative path a URI reference under %SRCROOT%. An
// absolute path, which the caller should not pass, becomes a file URI
// without a base.
func makeArtifact(path string) artifactLocation {
	if strings.HasPrefix(path, "/") {
		return artifactLocation{URI: "file://" + escapePath(path)}
	}
	if isDrivePath(path) {
		return artifactLocation{URI: "file:///" + path[:2] + escapePath(path[2:])}
	}
	for strings.HasPrefix(path, "./") {
		path = path[2:]
	}
	return artifactLocation{URI: escapePath(path), URIBaseID: SrcRoot}
}

func isDrivePath(p string) bool {
	return len(p) >= 3 && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z') && p[1] == ':' && (p[2] == '/' || p[2] == '\\')
}

// escapePath percent-encodes every byte of p but RFC 3986's unreserved
// characters and the slash. Escaping more than strictly needed (such as ':'
// in the first segment, which would read as a scheme) keeps every path a
// valid relative reference.
func escapePath(p string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	return b.String()
}

// maxPos is the largest line or column written: GitHub and the SARIF SDK
// read them as 32-bit integers.
const maxPos = math.MaxInt32

// intPos and intRange are a parser.Range's positions as ints.
type intPos struct{ Line, Column int }

type intRange struct{ Start, End intPos }

func toIntRange(r parser.Range) intRange {
	return intRange{Start: intPos{int(r.Start.Line), int(r.Start.Column)}, End: intPos{int(r.End.Line), int(r.End.Column)}}
}

func validPos(n int) bool { return n >= 1 && n <= maxPos }

// makeRegion keeps what is valid of r: no zero or negative numbers, an end
// not before the start, and an end column after the start column on a
// single line. It returns nil without a valid start line.
func makeRegion(pr parser.Range) *region {
	r := toIntRange(pr)
	if !validPos(r.Start.Line) {
		return nil
	}
	reg := &region{StartLine: r.Start.Line}
	startCol := 1 // SARIF's default startColumn
	if validPos(r.Start.Column) {
		reg.StartColumn = r.Start.Column
		startCol = r.Start.Column
	}
	if !validPos(r.End.Line) || r.End.Line < r.Start.Line {
		return reg
	}
	if r.End.Line > r.Start.Line {
		reg.EndLine = r.End.Line
	}
	if validPos(r.End.Column) && (r.End.Line > r.Start.Line || r.End.Column > startCol) {
		reg.EndLine = r.End.Line
		reg.EndColumn = r.End.Column
	}
	return reg
}

// semverRE is the Semantic Versioning 2.0.0 grammar.
var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// semanticVersion returns v without a leading "v" if it is a semantic
// version, else "".
func semanticVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if semverRE.MatchString(v) {
		return v
	}
	return ""
}

// sourceRootURI makes an absolute directory a file URI ending in '/'.
func sourceRootURI(dir string) string {
	dir = strings.ReplaceAll(dir, "\\", "/")
	switch {
	case strings.HasPrefix(dir, "/"):
		dir = "file://" + escapePath(dir)
	case len(dir) >= 2 && dir[1] == ':' && (dir[0]|0x20 >= 'a' && dir[0]|0x20 <= 'z'):
		dir = "file:///" + dir[:2] + escapePath(dir[2:])
	default:
		return "" // empty or relative: not a valid base
	}
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return dir
}

func validUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// firstNonEmpty returns the first of ss that is not blank, trimmed, or
// else the last of ss as it is.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if t := strings.TrimSpace(s); t != "" {
			return t
		}
	}
	return ss[len(ss)-1]
}

// uniqueNonEmpty drops empty and repeated strings, keeping the order. SARIF
// requires tags to be unique.
func uniqueNonEmpty(ss []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range ss {
		// Compare what is written: invalid UTF-8 becomes U+FFFD, so two
		// different invalid strings would be written as equal items.
		s = validUTF8(s)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// makeCodeFlows writes the provenance of the offending value as one thread
// flow, origin first and the use last, when it went through two or more
// steps. Steps are the related places of kind Origin.
func makeCodeFlows(f *engine.Finding, use parser.Range) []codeFlow {
	var steps []engine.Related
	for _, r := range f.Related {
		if r.Kind == engine.Origin && makePhysical(r.Range) != nil {
			steps = append(steps, r)
		}
	}
	if len(steps) < 2 {
		return nil
	}
	var locs []threadFlowLocation
	for i := len(steps) - 1; i >= 0; i-- {
		locs = append(locs, threadFlowLocation{Location: location{
			PhysicalLocation: makePhysical(steps[i].Range),
			Message:          &message{Text: validUTF8(steps[i].Message)},
		}})
	}
	pl := makePhysical(use)
	if pl == nil {
		return nil
	}
	locs = append(locs, threadFlowLocation{Location: location{PhysicalLocation: pl, Message: &message{Text: "used here"}}})
	return []codeFlow{{ThreadFlows: []threadFlow{{Locations: locs}}}}
}
