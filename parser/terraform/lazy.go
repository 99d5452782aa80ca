package terraform

import (
	"bytes"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// A large file's resource and data blocks are kept without their syntax
// trees: the parse reads from each block what the module's declarations
// need before evaluation (its header and ranges, and the names its
// expressions refer to, for the undeclared-reference check), empties its
// body, and the body is parsed again from the file's bytes when the block
// is evaluated (declarations.fill). On the 30,000 resources of bench/gen,
// the trees of the blocks not yet evaluated were the larger part of the
// peak (about 120 of 250 MB live); now a tree lives from its block's
// evaluation to the end of it, when an owned root drops it again
// (evaluator.resource).

// lazyBlock is a top-level resource or data block whose body is parsed
// when it is needed.
type lazyBlock struct {
	// body is the block's body as the file's syntax tree holds it: empty
	// (only its ranges) unless filled.
	body *hclsyntax.Body
	// src is a copy of the block's top-level item in the file, from the
	// start of its first line (byte offset at, line line) to the next
	// top-level item.
	src        []byte
	at, line   int
	references []refName
	// quick is set when quickBlock read the block and quickTree may build
	// its tree.
	quick bool
	// meta is set when the block's body sets count, for_each, depends_on
	// or provider (only read when quick is set).
	meta bool
	// mu guards body and filled: modules shared by roots evaluated in
	// parallel fill the same blocks.
	mu     sync.Mutex
	filled bool
}

// refName is the first names of a reference (traversalNames3), as the
// undeclared-reference check reads them.
type refName struct {
	names [3]string
	n     int
}

// parse parses the block again and returns its body, or nil if it does
// not give one block without diagnostics (it did when the file was
// parsed).
func (lb *lazyBlock) parse() *hclsyntax.Body {
	if lb.quick {
		if body := quickTree(lb.src, lb.body.SrcRange.Filename, lb.at, lb.line); body != nil {
			return body
		}
	}
	f, diags := hclsyntax.ParseConfig(lb.src, lb.body.SrcRange.Filename, hcl.Pos{Line: lb.line, Column: 1, Byte: lb.at})
	if len(diags) > 0 {
		return nil
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok || len(body.Blocks) != 1 {
		return nil
	}
	return body.Blocks[0].Body
}

// makeLazy empties the bodies of the resource and data blocks of piece,
// a piece of the file parsed in parseInPieces whose items start at the
// boundaries bs, and returns them as lazy blocks.
func makeLazy(piece *hclsyntax.Body, data []byte, bs []hclscan.Boundary, quick map[int]*quickItem, out []lazyBlock) []lazyBlock {
	for _, b := range piece.Blocks {
		if (b.Type != "resource" && b.Type != "data") || len(b.Labels) != 2 {
			continue
		}
		start := b.TypeRange.Start.Byte
		k := sort.Search(len(bs), func(i int) bool { return bs[i].Byte > start }) - 1
		if k < 0 {
			continue
		}
		end := len(data)
		if k+1 < len(bs) {
			end = bs[k+1].Byte
		}
		var refs []refName
		q := quick[bs[k].Byte]
		if q != nil {
			// The body was read by quickBlock and blanked.
			refs = q.refs
		} else {
			blockReferences(b, func(expr hcl.Expression, iterators []string) {
				for _, tr := range variables(expr) {
					names, n := traversalNames3(tr)
					if skipReference(names, n, iterators) {
						continue
					}
					r := refName{names, n}
					if !slices.Contains(refs, r) {
						refs = append(refs, r)
					}
				}
			})
		}
		emptyBody(b.Body)
		// A copy, so that the file's bytes go a block at a time as the
		// blocks are evaluated in an owned root (lazyBlocks.release).
		src := bytes.Clone(data[bs[k].Byte:end])
		out = append(out, lazyBlock{body: b.Body, src: src, at: bs[k].Byte, line: bs[k].Line, references: refs,
			quick: q != nil && quickTreeable(src), meta: q != nil && q.meta})
	}
	return out
}

// forget lets go of what nothing reads once the module's declarations are
// decoded: each lazy block's references (read by the undeclared-reference
// check only) and, in the top-level body of each file with lazy blocks,
// the lazy blocks themselves, and the file's bytes (each lazy block has
// its own copy of its source). The declarations hold each block as an
// hcl.Block (its labels, ranges and body, which are the syntax tree's);
// the hclsyntax.Block that wrapped them was reachable from the file's body
// only, and no module file's syntax tree is read after its declarations
// are decoded (Module.decode runs once). On bench/gen's 30,000 resources
// the references were 5.2 MB and the blocks 8.6 MB, live until the end of
// the root's evaluation, where the live heap peaks. The file's tree, whose
// lazy blocks had their bodies emptied already, keeps its other items.
func (l *lazyBlocks) forget(files []*File) {
	for _, f := range files {
		if len(f.lazy) == 0 {
			continue
		}
		for i := range f.lazy {
			f.lazy[i].references = nil
		}
		if f.HCL == nil || l.blocks == nil {
			continue
		}
		// Each lazy block has its own copy of its source (makeLazy).
		f.HCL.Bytes = nil
		if body, ok := f.HCL.Body.(*hclsyntax.Body); ok {
			body.Blocks = slices.DeleteFunc(body.Blocks, func(b *hclsyntax.Block) bool { return l.blocks[b.Body] != nil })
		}
	}
}

// release lets go of what is left of a resource block evaluated for good
// in an owned root once dropBody has emptied it: the body itself, the
// label ranges and, for a lazy block, its source and its place in the
// index. Only the type and labels stay, which the evaluation's loop over
// the declarations reads; nothing else reads a resource block once it is
// evaluated (resourceValue rebuilds a reference's value from the
// instances' values, and an owned module is handed to no one else). On
// bench/gen's 30,000 resources the heap at the end of the evaluation
// falls from 153.7 to 135.1 MB with each lazy block's source its own copy
// (makeLazy), so that the file's bytes go a block at a time.
func (l *lazyBlocks) release(b *hcl.Block) {
	if lb := l.of(b); lb != nil {
		lb.mu.Lock()
		delete(l.blocks, lb.body)
		lb.body, lb.src = nil, nil
		lb.mu.Unlock()
	}
	*b = hcl.Block{Type: b.Type, Labels: b.Labels}
}

// lazyBlocks indexes the lazy blocks of a module's files by body.
type lazyBlocks struct {
	blocks map[*hclsyntax.Body]*lazyBlock
}

func (l *lazyBlocks) add(f *File) {
	for i := range f.lazy {
		if l.blocks == nil {
			l.blocks = map[*hclsyntax.Body]*lazyBlock{}
		}
		l.blocks[f.lazy[i].body] = &f.lazy[i]
	}
}

// of returns the lazy block whose body is b's, or nil.
func (l *lazyBlocks) of(b *hcl.Block) *lazyBlock {
	if l.blocks == nil {
		return nil
	}
	sb, ok := b.Body.(*hclsyntax.Body)
	if !ok {
		return nil
	}
	return l.blocks[sb]
}

// fill gives block b its syntax tree again when it is a lazy block
// without one.
func (l *lazyBlocks) fill(b *hcl.Block) {
	if lb := l.of(b); lb != nil {
		lb.fill()
	}
}

func (lb *lazyBlock) fill() {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	// A block released (lazyBlocks.release) is evaluated for good: only
	// the prefetcher may come to it afterwards.
	if lb.filled || lb.body == nil {
		return
	}
	if body := lb.parse(); body != nil {
		*lb.body = *body
	}
	lb.filled = true
}

// empty reports whether the block's body is without its tree.
func (lb *lazyBlock) empty() bool {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	return !lb.filled
}

// drop empties block b's syntax tree (dropBody) and, when it is a lazy
// block, marks it to be parsed again when it is next needed.
func (l *lazyBlocks) drop(b *hcl.Block) {
	lb := l.of(b)
	if lb == nil {
		dropBody(b)
		return
	}
	lb.mu.Lock()
	defer lb.mu.Unlock()
	dropBody(b)
	lb.filled = false
}

// A large file's lazy blocks are parsed again one by one as the
// evaluation comes to them, which on bench/gen's 30,000 resources is a
// quarter of lint's CPU, all of it on the goroutine evaluating the root
// while the other core has only the collector's marking to do. So the
// evaluation of a module's resources in source order (evaluator.evaluate)
// has a prefetcher parse the lazy blocks a little ahead of it, on another
// goroutine: at most prefetchAhead blocks past the one being evaluated,
// so that the trees parsed ahead stay few. A block is parsed by whichever
// of the two comes to it first (lazyBlock.fill, under the block's lock);
// the other finds it filled. The trees are the same either way: a block
// is parsed from its own source alone.
const prefetchAhead = 64

// prefetcher parses lazy blocks ahead of an evaluation (see prefetchAhead).
type prefetcher struct {
	blocks []*lazyBlock // by the index of the evaluation's loop; nil: not lazy
	// at is the index of the block being evaluated.
	at   atomic.Int64
	wake chan struct{}
	done chan struct{}
}

// prefetch starts a prefetcher for the resource blocks blocks, evaluated
// in that order, or returns nil when none of them is lazy or only one
// goroutine runs at a time. When stream is set the blocks the evaluation
// reads from their source (streamable) are left alone. The caller reports
// its progress (advance) and stops it (stop).
func (l *lazyBlocks) prefetch(blocks []*hcl.Block, stream bool) *prefetcher {
	if len(l.blocks) == 0 || runtime.GOMAXPROCS(0) < 2 {
		return nil
	}
	lbs := make([]*lazyBlock, len(blocks))
	n := 0
	for i, b := range blocks {
		if lb := l.of(b); lb != nil && !(stream && lb.streams()) {
			lbs[i] = lb
			n++
		}
	}
	if n == 0 {
		return nil
	}
	p := &prefetcher{blocks: lbs, wake: make(chan struct{}, 1), done: make(chan struct{})}
	p.at.Store(-1)
	go p.run()
	return p
}

// advance says that the evaluation is at block i.
func (p *prefetcher) advance(i int) {
	if p == nil {
		return
	}
	p.at.Store(int64(i))
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// stop ends the prefetcher; the blocks it parsed stay filled.
func (p *prefetcher) stop() {
	if p != nil {
		close(p.done)
	}
}

func (p *prefetcher) run() {
	for i := 0; i < len(p.blocks); {
		at := int(p.at.Load())
		if i <= at {
			// The evaluation is at or past block i: it fills its blocks
			// itself from there.
			i = at + 1
			continue
		}
		if i > at+prefetchAhead {
			select {
			case <-p.wake:
			case <-p.done:
				return
			}
			continue
		}
		select {
		case <-p.done:
			return
		default:
		}
		if lb := p.blocks[i]; lb != nil {
			lb.fill()
		}
		i++
	}
}
