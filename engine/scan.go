package engine

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/internal/cfnschema"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

// Config configures a scan.
type Config struct {
	// Rules are the rules to run, usually the whole registry.
	Rules []*Rule
	// Workers bounds the files read and parsed at once; 0 means one per CPU.
	Workers int
	// MaxFileSize is the largest file read, in bytes; 0 means
	// DefaultMaxFileSize. It is at most MaxReadable.
	MaxFileSize int64
	// AccountBaseline makes account-level controls that a root module or
	// template does not declare (no CloudTrail, no GuardDuty) findings;
	// otherwise they only feed the checklist report.
	AccountBaseline bool
	// Terraform bounds Terraform evaluation.
	Terraform terraform.Options
	// CloudFormationParameters replace the parameter defaults of every
	// top-level CloudFormation template (--cfn-parameters); keys a template
	// does not declare are ignored. Pseudo parameters (AWS::Region, ...)
	// apply to nested templates too.
	CloudFormationParameters map[string]cloudformation.ParamValue
	// Exclude lists paths the walk does not read (the configuration file's
	// exclude list); nil reads everything.
	Exclude *Exclude
	// RequiredTags are the tag (label) keys every taggable resource must
	// carry (the configuration's required-tags); empty turns the tagging
	// rules off.
	RequiredTags []string
	// RuleOptions are the rules' options by rule id (the configuration's
	// rules.options), each of the type the rule's Options function returns.
	RuleOptions map[string]any
	// NoCompatIgnores disregards other scanners' ignore comments (tfsec,
	// Trivy, Checkov) for the rules they map to (--no-compat-ignores).
	NoCompatIgnores bool
	// Off are rule ids that exist but are not run (disabled in the
	// configuration or on the command line): ignores naming them neither
	// warn as unknown nor as unused.
	Off map[string]bool
	// NoIgnore reports every finding, disregarding inline ignore comments,
	// CloudFormation Metadata ignores and PathRules (--no-ignore).
	NoIgnore bool
	// PathRules turn rules off under paths (the configuration's paths:);
	// what they silence is suppressed, kind "config".
	PathRules []PathRule
	// Now is the date ignore expiry dates are compared with; zero means
	// the current time.
	Now time.Time
	// KeepGraph keeps every node of the resource graph in Result.Graph:
	// the variables, locals, outputs and module calls of each Terraform
	// module instance too, as `soc2lint graph` shows them. Without it
	// roots keep only the resources, data sources and provider
	// configurations the rules that run across roots read, and
	// Result.Graph holds no resources: only the diagnostics.
	KeepGraph bool
	// CheckReads checks the declarations of the per-root rules that
	// declare what they read (Rule.Reads, Rule.Alone): each such rule runs
	// again on each root with the bodies of the types it did not declare
	// emptied, and an Alone rule on each of its resources alone, and a
	// difference in what it finds is an error diagnostic; and values are
	// dropped as the rules run on roots of every size, not only large ones
	// (releaseMin). For tests: it runs those rules several times.
	CheckReads bool

	// whole checks the graph of every root at once, as the scan did
	// before checking root by root; tests compare the two.
	whole bool
	// releaseSmall drops the values of a type as its last reader has run
	// on roots of every size, not only large ones (releaseMin): for tests.
	releaseSmall bool
	// aheadSmall runs the undeclared rules of roots of every size on two
	// goroutines (rulesahead.go), not only large ones: for tests.
	aheadSmall bool
	// noEarly checks no resource as it is evaluated (early.go);
	// earlySmall checks them so in roots of small files too: for tests.
	noEarly, earlySmall bool
}

// DefaultMaxFileSize is the default limit of Config.MaxFileSize.
const DefaultMaxFileSize = 8 << 20

// MaxReadable is the largest file a scan reads, whatever
// Config.MaxFileSize says: positions are held in 32 bits (parser.Pos).
const MaxReadable = math.MaxInt32

// Result is the outcome of a scan.
type Result struct {
	// Graph is the resource graph with Config.KeepGraph; without, a graph
	// with no resources, only the diagnostics.
	Graph *Graph
	// Findings are sorted by file, position, rule and resource.
	Findings []Finding
	// Diagnostics are sorted by file and position.
	Diagnostics parser.Diagnostics
	// Sources gives the content of the files findings point at, by
	// reported path, so writers can quote the offending lines. A scan's
	// result reads them again from disk when asked, one file at a time,
	// rather than holding them all.
	Sources Sources
	// Suppressed are the findings silenced by ignore comments or
	// Metadata, in the order of Findings.
	Suppressed []Suppressed
	// FilesScanned counts the files read and understood.
	FilesScanned int
	// Evidence is what the rules examined, for the checklist report.
	Evidence Evidence
}

// parsed is what one worker produced for one file. The file's bytes are
// not kept: what later stages need from them (the ignore comments) is
// read while they are at hand, and the few files with findings are read
// again for quoting.
type parsed struct {
	tf       *terraform.File
	template *cloudformation.Template
	plan     *parser.Source
	diags    parser.Diagnostics
	// read is true when the file's content was read as text, so that it
	// can be quoted.
	read bool
	// understood is true for a Terraform file, template or plan parsed
	// without errors.
	understood bool
	// comments are the file's ignore comments, and the problems with them.
	comments     []*Suppression
	commentDiags parser.Diagnostics
	// later, when not nil, is reading the comments on another goroutine.
	later *commentsLater
}

// parsedFile is what the scan keeps of a parsed file (input.results)
// until gather: the syntax tree or plan evaluation still needs, and the
// file's diagnostics and comments behind one pointer, nil for most files.
// 40 bytes a file against a parsed's 104: a scan of the corpus copied four
// times keeps 16,596.
type parsedFile struct {
	tf    *terraform.File
	plan  *parser.Source
	notes *fileNotes
	// read and understood are parsed's.
	read, understood bool
}

// fileNotes are a file's diagnostics and ignore comments, and the
// problems with them.
type fileNotes struct {
	diags        parser.Diagnostics
	comments     []*Suppression
	commentDiags parser.Diagnostics
	// later, when not nil, is reading the comments (waitComments).
	later *commentsLater
}

// waitComments waits for the comments read on another goroutine.
func (n *fileNotes) waitComments() {
	if n.later != nil {
		n.comments, n.commentDiags = n.later.wait()
		n.later = nil
	}
}

// commentsLater are a file's ignore comments read on another goroutine.
type commentsLater struct {
	done     chan struct{}
	comments []*Suppression
	diags    parser.Diagnostics
}

func (c *commentsLater) wait() ([]*Suppression, parser.Diagnostics) {
	<-c.done
	return c.comments, c.diags
}

// kept returns what the scan keeps of r; r.template is evaluation's,
// which takes it before.
func (r *parsed) kept() parsedFile {
	out := parsedFile{tf: r.tf, plan: r.plan, read: r.read, understood: r.understood}
	if len(r.diags) > 0 || len(r.comments) > 0 || len(r.commentDiags) > 0 || r.later != nil {
		out.notes = &fileNotes{diags: r.diags, comments: r.comments, commentDiags: r.commentDiags, later: r.later}
	}
	return out
}

// Scan reads every relevant file under paths, builds the resource graph and
// runs the rules. A file that cannot be read or parsed becomes a diagnostic
// and the scan goes on. The result does not depend on Workers. Scan returns
// an error only for a path that cannot be scanned at all or cancellation.
//
// Scan runs in stages (engine/stages.go), each a function of its own that
// keeps only what the next ones need, so that one can change without
// touching the others: discover the files; parse and evaluate the
// CloudFormation templates; parse the Terraform modules and evaluate each
// root; gather what the files said (diagnostics, ignore comments, which
// can be quoted); and settle the findings (ignores, path rules,
// named-file context, quoted sources). Each root is checked by the rules
// as soon as it is evaluated and then dropped (engine/roots.go); the rules
// that join roots run at the end on what the roots kept for them.
func Scan(ctx context.Context, paths []string, cfg Config) (*Result, error) {
	s, err := discover(ctx, paths, cfg)
	if err != nil {
		return nil, err
	}
	chk := newChecker(s.cfg)
	// The spill of the roots' results is closed by finish, or here on
	// every way out before it.
	defer chk.spill.close()
	cfn, err := s.evaluateCloudFormation(ctx, chk)
	if err != nil {
		return nil, err
	}
	if s.hasTerraform() {
		// Every template is parsed: the CloudFormation schema (about
		// 4.5 MB live) is not needed by the Terraform evaluation, which
		// takes most of a scan. Kept, it was part of the live floor under
		// the soft memory limit (bench/README.md, perf15a).
		cfnschema.Release()
	}
	tf, err := s.evaluateTerraform(ctx, chk)
	if err != nil {
		return nil, err
	}
	facts := s.gather()
	diags := append(append(append(s.diags, facts.diags...), cfn.diags...), tf.diags...)
	diags = append(diags, undeclaredVars(s.cfg.Terraform.Vars, tf.declared)...)
	if facts.scanned == 0 && !diags.HasErrors() {
		diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "no files scanned",
			Detail: fmt.Sprintf("no Terraform, CloudFormation or plan file was found in %s (check the paths and the exclude setting)", strings.Join(s.paths, ", "))})
	}
	c := chk.finish(append(cfn.roots, tf.roots...), diags)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.metadata, c.metadataDiags = cfn.metadata, cfn.metadataDiags
	return s.settle(c, facts), nil
}

// dropContext removes the findings in files read only as the module of a
// named .tf file: the user asked about that file.
func dropContext(files fileList, findings []Finding, suppressed []Suppressed) ([]Finding, []Suppressed) {
	ctx := map[string]bool{}
	for i := range files.len() {
		if files.context(i) {
			ctx[files.path(i)] = true
		}
	}
	if len(ctx) == 0 {
		return findings, suppressed
	}
	var kept []Finding
	for _, f := range findings {
		if !ctx[f.Range.File] {
			kept = append(kept, f)
		}
	}
	var keptSup []Suppressed
	for _, s := range suppressed {
		if !ctx[s.Finding.Range.File] {
			keptSup = append(keptSup, s)
		}
	}
	return kept, keptSup
}

// Run applies rules to g and returns the findings in deterministic order.
// A rule that panics is reported as a finding-free failure of that rule,
// never as a crash of the scan.
func Run(g *Graph, rules []*Rule, settings Settings) ([]Finding, Evidence) {
	var findings []Finding
	ev := Evidence{Inspected: map[string]int{}, Types: map[string]bool{}, Unconfigured: map[string]string{}}
	accountBaseline := settings.AccountBaseline
	for _, r := range rules {
		p, d := runRule(g, r, settings, r.declared())
		if d != nil {
			g.Diagnostics = append(g.Diagnostics, *d)
		}
		findings = append(findings, p.findings...)
		ev.Inspected[r.ID] = p.examined()
		ev.Undecided = append(ev.Undecided, p.undecided...)
		if p.unconfigured != "" {
			ev.Unconfigured[r.ID] = p.unconfigured
		}
		for _, t := range p.types {
			ev.Types[t] = true
		}
		if accountBaseline {
			findings = append(findings, p.missingFindings()...)
		} else {
			ev.Missing = append(ev.Missing, p.missingFindings()...)
		}
	}
	return inOrder(findings, ev)
}

// inOrder sorts the rules' findings, missing controls and notes by place
// and merges the findings of variants and instances: the order every
// writer relies on, whatever order the rules ran in.
func inOrder(findings []Finding, ev Evidence) ([]Finding, Evidence) {
	SortFindings(findings)
	SortFindings(ev.Missing)
	ev.Undecided = sortUndecided(ev.Undecided)
	return mergeInstances(mergeVariants(nameConditions(findings))), ev
}

// Settings are the user's choices that rules read through Pass.Settings.
type Settings struct {
	// AccountBaseline reports missing account-level controls as findings.
	AccountBaseline bool
	// RequiredTags are the tag keys every taggable resource must carry.
	RequiredTags []string
	// RuleOptions are the rules' options by rule id, each of the type the
	// rule's Options function returns (engine.OptionsOf reads them).
	RuleOptions map[string]any
}

// Evidence is what the rules saw besides findings: it feeds the SOC 2
// checklist report.
type Evidence struct {
	// Inspected counts, by rule id, the resources each rule examined.
	Inspected map[string]int
	// Types are the resource types the rules asked for.
	Types map[string]bool
	// Missing lists account-level controls a root module or template does
	// not declare at all. They are findings only in account-baseline mode.
	Missing []Finding
	// Unconfigured maps the id of a rule that needs a setting the user has
	// not given to the reason (Pass.NotConfigured).
	Unconfigured map[string]string
	// Undecided are the rules' "cannot tell" notes: resources a rule could
	// not judge because a value it needs is unknown, sorted by place.
	Undecided []Undecided
}

// SortFindings orders findings by file, position, rule id, resource and
// message.
//
// The sort is stable. It sorts the findings' indexes, with the index as
// the last key, and then moves each finding once: a finding is over 200
// bytes, and sort.SliceStable's merges moved and compared copies of them
// many times over (a tenth of the engine's CPU on a file of 30,000
// resources and 40,000 findings).
func SortFindings(fs []Finding) {
	if len(fs) < 2 {
		return
	}
	order := make([]int32, len(fs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		if c := comparePlace(a.Range, b.Range, a.Rule.ID, b.Rule.ID, a.Resource.Address, b.Resource.Address); c != 0 {
			return c
		}
		if c := strings.Compare(a.Message, b.Message); c != 0 {
			return c
		}
		return cmpInt(int(i), int(j))
	})
	// fs[k] becomes the finding at order[k], a cycle of the permutation
	// at a time; a place done is marked by order[k] = k.
	for k := range order {
		if int(order[k]) == k {
			continue
		}
		first := fs[k]
		j := k
		for {
			next := int(order[j])
			order[j] = int32(j)
			if next == k {
				fs[j] = first
				break
			}
			fs[j] = fs[next]
			j = next
		}
	}
}

// comparePlace orders what the engine reports by file, position, rule id
// and resource address: -1, 0 or 1.
func comparePlace(ra, rb parser.Range, ruleA, ruleB, addrA, addrB string) int {
	switch {
	case ra.File != rb.File:
		return strings.Compare(ra.File, rb.File)
	case ra.Start.Line != rb.Start.Line:
		return cmpInt(int(ra.Start.Line), int(rb.Start.Line))
	case ra.Start.Column != rb.Start.Column:
		return cmpInt(int(ra.Start.Column), int(rb.Start.Column))
	case ruleA != ruleB:
		return strings.Compare(ruleA, ruleB)
	}
	return strings.Compare(addrA, addrB)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func sortDiagnostics(ds parser.Diagnostics) parser.Diagnostics {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Range, ds[j].Range
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Start.Line != b.Start.Line {
			return a.Start.Line < b.Start.Line
		}
		if a.Start.Column != b.Start.Column {
			return a.Start.Column < b.Start.Column
		}
		return ds[i].Summary < ds[j].Summary
	})
	return ds
}

func dedupeDiagnostics(ds parser.Diagnostics) parser.Diagnostics {
	seen := map[string]bool{}
	out := ds[:0]
	for _, d := range ds {
		k := d.Error() + string(d.Severity)
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// parallel runs fn(0..n-1) on at most workers goroutines. It stops handing
// out work when ctx is cancelled.
func parallel(ctx context.Context, workers, n int, fn func(i int)) error {
	if workers > n {
		workers = n
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	var err error
feed:
	for i := 0; i < n; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		// Work already handed out may run on (evaluation cannot be
		// interrupted); its results are discarded, and the caller returns
		// at once.
		err = ctx.Err()
	}
	return err
}

// fileReader reads and parses the files of a scan.
type fileReader struct {
	// maxSize is the largest file read, in bytes.
	maxSize int64
	// aliases maps other scanners' check ids, lower case, to rule ids,
	// for their ignore comments; nil disregards those comments.
	aliases map[string][]string
	// workers is Config.Workers: a large Terraform file's pieces are
	// parsed on up to that many goroutines.
	workers int
	// assist holds a token for each goroutine that reads a large file's
	// ignore comments besides the workers (Config.Workers-1 at most);
	// nil: none.
	assist chan struct{}
}

// laterCommentsFrom is the size from which a native-syntax Terraform
// file's ignore comments may be read on a goroutine of their own while
// the file is parsed and evaluated (parseFileWith), and its boundaries
// are handed to the parser: the size from which the parser cuts a file
// into pieces (parser/terraform parseInPiecesFrom).
const laterCommentsFrom = 256 << 10

// parseFile reads and parses one file, turning every problem into a
// diagnostic, and reads its ignore comments. A panic in a parser is
// caught and reported as an internal error of that file, so one file can
// never stop the scan.
func (fr fileReader) parseFile(c candidate) (res parsed) {
	return fr.parseFileWith(c, false)
}

// parseFileWith is parseFile; with later, the ignore comments of a large
// native-syntax Terraform file that can be cut into pieces are read on a
// goroutine of their own when fr.assist has a token (parsed.later), and
// the caller waits for them when it needs them. The goroutine reads the
// file's bytes and its boundaries, which nothing changes once found.
func (fr fileReader) parseFileWith(c candidate, later bool) (res parsed) {
	defer func() {
		if e := recover(); e != nil {
			res = parsed{diags: parser.Diagnostics{{
				Severity: parser.SevError, Summary: "internal error while parsing",
				Detail: fmt.Sprint(e), Range: parser.Range{File: c.path},
			}}}
		}
	}()
	name := path.Base(c.path)
	fail := func(sev parser.Severity, summary, detail string) parsed {
		return parsed{diags: parser.Diagnostics{{Severity: sev, Summary: summary, Detail: detail, Range: parser.Range{File: c.path}}}}
	}
	// The file is opened once and its size read from the open file (a
	// stat of the path, then os.ReadFile's own open and stat, cost a
	// system call more per file). A file that cannot be opened is looked
	// at as before: its stat's error, or its size, come first.
	file, openErr := openFile(c.abs)
	var size int64
	var err error
	if openErr == nil {
		defer file.close()
		size, err = file.size()
	} else {
		var info os.FileInfo
		if info, err = os.Stat(c.abs); err == nil {
			size = info.Size()
		}
	}
	if err != nil {
		return fail(parser.SevError, "cannot read file", err.Error())
	}
	isTF := terraform.IsConfigFile(name) || terraform.IsVarsFile(name)
	if size > fr.maxSize {
		if isTF || strings.HasSuffix(name, ".template") || looksLikeTemplate(c.abs) {
			return fail(parser.SevError, "file too large", fmt.Sprintf("%d bytes is more than the limit of %d (--max-file-size)", size, fr.maxSize))
		}
		return parsed{}
	}
	if openErr != nil {
		return fail(parser.SevError, "cannot read file", openErr.Error())
	}
	data, err := readOpened(file, size, nil)
	if err != nil {
		return fail(parser.SevError, "cannot read file", err.Error())
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		if isTF || strings.HasSuffix(name, ".template") || bytes.Contains(data, []byte("AWS::")) {
			return fail(parser.SevNote, "binary file skipped", "the file holds NUL bytes or is not valid UTF-8")
		}
		return parsed{}
	}
	src := parser.Source{Path: c.path, Abs: c.abs, Bytes: data}
	res = parsed{read: true}
	// The ignore comments and the nesting check of a .tf file read the
	// same tokens: lex it once.
	lex := &hclTokens{path: c.path, src: data}
	native := isTF && !strings.HasSuffix(name, ".json")
	if later && native && len(data) >= laterCommentsFrom && fr.assist != nil && lex.pieces() != nil && fr.takeAssist() {
		res.later = fr.commentsLater(c.path, data, lex)
	} else {
		res.comments, res.commentDiags = commentSuppressionsOf(c.path, data, fr.aliases, lex)
	}
	if isTF {
		if d := checkNestingOf(c.path, data, lex); d != nil {
			res.diags = parser.Diagnostics{*d}
			return res
		}
		opts := terraform.ParseOptions{Workers: fr.workers}
		if native && len(data) >= laterCommentsFrom && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			// The parser cuts a file this large into pieces at the
			// boundaries the comments and the nesting check read (of
			// the file without a byte order mark: the parser's).
			opts.Bounds = lex.pieces()
		}
		f, diags := terraform.ParseFileWith(src, opts)
		if diags.HasErrors() {
			// Terraform refuses a module with a syntax error; findings on
			// half a file would be guesses. The module's other files are
			// still scanned.
			f = nil
		}
		res.tf, res.diags, res.understood = f, clampDiags(c.path, data, diags), f != nil
		return res
	}
	if strings.HasSuffix(name, ".json") && terraform.IsPlan(data) {
		res.plan, res.understood = &src, true
		return res
	}
	// AWS::Include snippets are read from the template's directory, never
	// from outside the scanned tree that holds it.
	t, diags := cloudformation.ParseWithOptions(src, cloudformation.Options{
		Include: cloudformation.IncludeScope{Dir: filepath.Dir(c.abs), Root: c.root, MaxFileSize: fr.maxSize},
	})
	if diags.HasErrors() {
		t = nil
	}
	res.template, res.diags, res.understood = t, clampDiags(c.path, data, diags), t != nil
	return res
}

// takeAssist takes a token of fr.assist, if one is free.
func (fr fileReader) takeAssist() bool {
	select {
	case fr.assist <- struct{}{}:
		return true
	default:
		return false
	}
}

// commentsLaterStarted counts the goroutines commentsLater started, for
// tests.
var commentsLaterStarted atomic.Int64

// commentsLater reads the ignore comments of a file on a goroutine of its
// own, which gives back its fr.assist token when done. lex has found the
// file's boundaries (pieces): the goroutine only reads it.
func (fr fileReader) commentsLater(file string, data []byte, lex *hclTokens) *commentsLater {
	out := &commentsLater{done: make(chan struct{})}
	commentsLaterStarted.Add(1)
	go func() {
		defer func() {
			if e := recover(); e != nil {
				out.comments, out.diags = nil, parser.Diagnostics{{
					Severity: parser.SevError, Summary: "internal error while parsing",
					Detail: fmt.Sprint(e), Range: parser.Range{File: file},
				}}
			}
			<-fr.assist
			close(out.done)
		}()
		out.comments, out.diags = commentSuppressionsOf(file, data, fr.aliases, lex)
	}()
	return out
}

// readOpened reads f to its end as os.ReadFile does, size being its size
// when opened: into a slice of size+1 bytes (at least 512), grown when
// the file has grown since; into buf when it has room.
func readOpened(f fileHandle, size int64, buf []byte) ([]byte, error) {
	n := 0
	if int64(int(size)) == size {
		n = int(size)
	}
	data := buf[:0]
	if cap(data) < max(n+1, 512) {
		data = make([]byte, 0, max(n+1, 512))
	}
	for {
		k, err := f.read(data[len(data):cap(data)])
		data = data[:len(data)+k]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) == cap(data) || size == 0 && cap(data)-len(data) < 512 {
			data = slices.Grow(data, 512)
		}
	}
}

// moduleSources returns the literal sources of the module calls of a
// Terraform configuration file, read without parsing it whole
// (terraform.ModuleSources), or nil when parseFile would not parse it.
func (fr fileReader) moduleSources(c candidate) []string {
	if !terraform.IsConfigFile(path.Base(c.path)) {
		return nil
	}
	f, err := openFile(c.abs)
	if err != nil {
		return nil
	}
	defer f.close()
	size, err := f.size()
	if err != nil || size > fr.maxSize {
		return nil
	}
	buf := sourceBuffers.Get().(*[]byte)
	defer sourceBuffers.Put(buf)
	data, err := readOpened(f, size, *buf)
	if err != nil {
		return nil
	}
	*buf = data
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil
	}
	return terraform.ModuleSources(c.path, data)
}

// sourceBuffers hold the files moduleSources reads, which it keeps
// nothing of.
var sourceBuffers = sync.Pool{New: func() any { return new([]byte) }}

// looksLikeTemplate peeks at the start of a file too large to read whole.
func looksLikeTemplate(abs string) bool {
	f, err := os.Open(abs)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	n, _ := f.Read(buf)
	return bytes.Contains(buf[:n], []byte("AWSTemplateFormatVersion")) || bytes.Contains(buf[:n], []byte("AWS::"))
}
