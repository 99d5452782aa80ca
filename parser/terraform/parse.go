// Package terraform reads Terraform modules (.tf and .tf.json files) into
// positioned resources, evaluating what can be known statically.
package terraform

import (
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// File is one parsed Terraform file.
type File struct {
	Path string
	HCL  *hcl.File
	// Broken is true when the file has syntax errors: what it declares
	// may be missing from HCL.
	Broken bool
	// lazy are the resource and data blocks of a large file whose syntax
	// trees are parsed only when needed (see lazyBlock).
	lazy []lazyBlock
}

// IsConfigFile reports whether name is a Terraform configuration file.
func IsConfigFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// IsVarsFile reports whether name is a tfvars file Terraform loads by itself.
func IsVarsFile(name string) bool {
	return name == "terraform.tfvars" || name == "terraform.tfvars.json" ||
		strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json")
}

// ParseFile parses one .tf, .tf.json or .tfvars(.json) file. The syntax is
// chosen by the file name. A file with syntax errors still returns what
// could be parsed, together with error diagnostics.
func ParseFile(src parser.Source) (*File, parser.Diagnostics) {
	return parseFileWith(src, parseInPiecesFrom, pieceSize, ParseOptions{})
}

// ParseOptions are ParseFileWith's.
type ParseOptions struct {
	// Workers bounds the goroutines that parse the pieces of a large
	// file, the caller's among them; 0: one per CPU (GOMAXPROCS).
	Workers int
	// Bounds, when not nil, are hclscan.Boundaries of the file's bytes
	// without a byte order mark, already found by the caller: a large
	// native-syntax file is cut there instead of being scanned again.
	Bounds []hclscan.Boundary
}

// ParseFileWith is ParseFile with options; the file parses to the same
// tree and diagnostics whatever they are.
func ParseFileWith(src parser.Source, opts ParseOptions) (*File, parser.Diagnostics) {
	return parseFileWith(src, parseInPiecesFrom, pieceSize, opts)
}

// parseFile is ParseFile with the size from which a file is parsed in
// pieces, and the size of the pieces.
func parseFile(src parser.Source, piecesFrom, size int) (*File, parser.Diagnostics) {
	return parseFileWith(src, piecesFrom, size, ParseOptions{})
}

func parseFileWith(src parser.Source, piecesFrom, size int, opts ParseOptions) (*File, parser.Diagnostics) {
	data := stripBOM(src.Bytes)
	var f *hcl.File
	var diags hcl.Diagnostics
	var lazy []lazyBlock
	isJSON := strings.HasSuffix(src.Path, ".json")
	if isJSON {
		f, diags = hcljson.Parse(data, src.Path)
	} else {
		// Override files merge with the blocks they override before
		// evaluation: they keep their trees.
		f, diags, lazy = parseNative(data, src.Path, piecesFrom, size, !IsOverrideFile(src.Path) && !IsVarsFile(path.Base(src.Path)), opts)
	}
	ds := convertDiags(diags)
	// HCL's JSON parser can place an unterminated string one byte past
	// the end of the file: keep positions inside it.
	for i := range ds {
		clampRange(&ds[i].Range, data)
	}
	return &File{Path: src.Path, HCL: f, Broken: diags.HasErrors(), lazy: lazy}, ds
}

// A native-syntax file of at least parseInPiecesFrom bytes is parsed in
// pieces of about pieceSize bytes, cut between its top-level items: HCL's
// parser lexes its whole input into one slice of tokens (about ten times
// the size of the file), and on a file of megabytes growing that slice
// costs more than the parse itself. The slice grows by appending, by a
// quarter at a time once it is large, so every piece pays about five times
// its final tokens: pieces of 4 KB allocate 937 MB to parse the 9.5 MB
// file of bench/gen -kind tf -n 30000, pieces of 64 KB 1,458 MB (2 KB:
// 927 MB, 8 KB: 1,093 MB). Smaller files are parsed whole: cutting the
// corpus's files from 8 KB up allocated more, not less.
const (
	parseInPiecesFrom = 256 << 10
	pieceSize         = 4 << 10
)

// parseNative parses a .tf or .tfvars file, in pieces when it is large.
// The syntax tree is the one hclsyntax.ParseConfig returns for the whole
// file; only its Nav (for editors) is not set. When lazy is set, the
// resource and data blocks of a file parsed in pieces are returned
// without their bodies, as lazy blocks (see lazyBlock).
func parseNative(data []byte, path string, piecesFrom, size int, lazy bool, opts ParseOptions) (*hcl.File, hcl.Diagnostics, []lazyBlock) {
	if len(data) >= piecesFrom {
		var lbs *[]lazyBlock
		if lazy {
			lbs = new([]lazyBlock)
		}
		if f := parseInPiecesWith(data, path, size, lbs, opts); f != nil {
			if lbs != nil {
				return f, nil, *lbs
			}
			return f, nil, nil
		}
	}
	f, diags := hclsyntax.ParseConfig(data, path, hcl.InitialPos)
	return f, diags, nil
}

// parseInPieces parses data a piece at a time, each piece one or more
// top-level items (hclscan.Boundaries) and at least size bytes, parsed at
// its position in the file, and joins the pieces' bodies. It returns nil
// when that cannot give the syntax tree of the whole file: when a piece
// has any diagnostic (the file is then parsed whole, so that diagnostics
// and error recovery are HCL's), when a top-level attribute is set in two
// pieces (HCL reports it), or when the file cannot be cut. When lazy is
// not nil, the resource and data blocks of each piece are emptied as it
// is parsed and appended to it (makeLazy).
func parseInPieces(data []byte, path string, size int, lazy *[]lazyBlock) *hcl.File {
	return parseInPiecesWith(data, path, size, lazy, ParseOptions{})
}

func parseInPiecesWith(data []byte, path string, size int, lazy *[]lazyBlock, opts ParseOptions) *hcl.File {
	bs, ok := opts.Bounds, true
	if bs == nil {
		bs, ok = hclscan.Boundaries(data)
	}
	if !ok || len(bs) < 2 {
		return nil
	}
	var pieces []piece
	for i := 0; i < len(bs); {
		j := i + 1
		for j < len(bs) && bs[j].Byte-bs[i].Byte < size {
			j++
		}
		end := len(data)
		if j < len(bs) {
			end = bs[j].Byte
		}
		pieces = append(pieces, piece{first: i, next: j, end: end})
		i = j
	}
	if len(pieces) < 2 {
		return nil // one piece: the whole file
	}
	if !parsePieces(data, path, bs, pieces, lazy != nil, opts.Workers) {
		return nil
	}
	var body *hclsyntax.Body
	for k := range pieces {
		p := &pieces[k]
		if lazy != nil {
			*lazy = append(*lazy, p.lazy...)
		}
		if body == nil {
			body = p.body
			continue
		}
		for name, a := range p.body.Attributes {
			if _, dup := body.Attributes[name]; dup {
				return nil
			}
			body.Attributes[name] = a
		}
		body.Blocks = append(body.Blocks, p.body.Blocks...)
		body.SrcRange = hcl.RangeBetween(body.SrcRange, p.body.SrcRange)
		body.EndRange = p.body.EndRange
	}
	return &hcl.File{Body: body, Bytes: data}
}

// piece is one piece of a file parsed in pieces: the top-level items from
// boundary first to boundary next (exclusive), ending at byte end, and,
// once parsed, its body and its lazy blocks.
type piece struct {
	first, next, end int
	body             *hclsyntax.Body
	lazy             []lazyBlock
}

// parsePieces parses the pieces of data, on up to workers goroutines (0:
// GOMAXPROCS), the caller's among them:
// each piece is parsed on its own at its position in the file, so the
// pieces' trees are the same whatever the order; the file's tree is the
// pieces' bodies joined in order (parseInPieces). On bench/gen's 30,000
// resources the parse is a fifth of lint's CPU, run while the second core
// had only the collector's marking to do. When lazy is set, the resource
// and data blocks of each piece are emptied as it is parsed (makeLazy).
// It reports false when a piece has a diagnostic or is not a body; the
// remaining pieces are then left unparsed.
func parsePieces(data []byte, path string, bs []hclscan.Boundary, pieces []piece, lazy bool, workers int) bool {
	var next atomic.Int64
	var failed atomic.Bool
	work := func() {
		for !failed.Load() {
			k := int(next.Add(1)) - 1
			if k >= len(pieces) {
				return
			}
			p := &pieces[k]
			start := bs[p.first]
			items := bs[p.first:min(p.next+1, len(bs))]
			src := data[start.Byte:p.end]
			var quick map[int]*quickItem
			all := false
			if lazy {
				src, quick, all = blankQuickAll(data, start.Byte, p.end, items, k > 0 && k < len(pieces)-1 && pieceBodies)
			}
			if all {
				// Every item is a block quickBlock read or blank: the
				// piece's body is built without HCL (pieceBody); the
				// first and last pieces, whose ranges the file's body
				// takes, are parsed by HCL.
				p.body = pieceBody(data, path, items, p.end, quick)
			} else {
				f, diags := hclsyntax.ParseConfig(src, path, hcl.Pos{Line: start.Line, Column: 1, Byte: start.Byte})
				body, ok := f.Body.(*hclsyntax.Body)
				if len(diags) > 0 || !ok {
					failed.Store(true)
					return
				}
				p.body = body
			}
			body := p.body
			if lazy {
				p.lazy = makeLazy(body, data, items, quick, nil)
			}
		}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, runtime.GOMAXPROCS(0), len(pieces))
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	return !failed.Load()
}

// pieceBodies lets parsePieces build the bodies of pieces of plain blocks
// itself (pieceBody); tests turn it off to compare with HCL's.
var pieceBodies = true

func clampRange(r *parser.Range, data []byte) {
	clamp := func(p *parser.Pos) {
		if int(p.Byte) > len(data) {
			lines := strings.Count(string(data), "\n")
			last := strings.LastIndexByte(string(data), '\n')
			*p = parser.Pos{Line: int32(lines + 1), Column: int32(len(data) - last), Byte: int32(len(data))}
		}
	}
	clamp(&r.Start)
	clamp(&r.End)
}

func stripBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		// Editors do not count the byte order mark as a column.
		return b[3:]
	}
	return b
}

func convertRange(r hcl.Range) parser.Range {
	return parser.Range{
		File:  r.Filename,
		Start: parser.Pos{Line: int32(r.Start.Line), Column: int32(r.Start.Column), Byte: int32(r.Start.Byte)},
		End:   parser.Pos{Line: int32(r.End.Line), Column: int32(r.End.Column), Byte: int32(r.End.Byte)},
	}
}

func convertDiags(ds hcl.Diagnostics) parser.Diagnostics {
	var out parser.Diagnostics
	for _, d := range ds {
		sev := parser.SevWarning
		if d.Severity == hcl.DiagError {
			sev = parser.SevError
		}
		pd := parser.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			pd.Range = convertRange(*d.Subject)
		}
		out = append(out, pd)
	}
	return out
}
