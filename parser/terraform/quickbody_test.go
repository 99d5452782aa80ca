package terraform

import (
	"bytes"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// checkQuick checks quickBlock on the item src[from:to] against HCL's
// parser: when quickBlock reads it, HCL parses the item without a
// diagnostic into one block, the names quickBlock read hold every
// reference the undeclared-reference check reads from HCL's tree, and
// the item with its body blanked gives HCL the same block, but for the
// body's contents. It reports whether quickBlock read the item.
func checkQuick(t *testing.T, name string, src []byte, from, to int, line int) bool {
	t.Helper()
	q := quickBlock(src, from, to)
	if q == nil {
		return false
	}
	pos := hcl.Pos{Line: line, Column: 1, Byte: from}
	f, diags := hclsyntax.ParseConfig(src[from:to], name, pos)
	if len(diags) > 0 {
		t.Errorf("%s: quickBlock read an item HCL rejects: %v\n%s", name, diags, src[from:to])
		return true
	}
	body := f.Body.(*hclsyntax.Body)
	if len(body.Blocks) != 1 || len(body.Attributes) != 0 {
		t.Errorf("%s: quickBlock read an item that is not one block:\n%s", name, src[from:to])
		return true
	}
	b := body.Blocks[0]
	var want []refName
	blockReferences(b, func(expr hcl.Expression, iterators []string) {
		for _, tr := range variables(expr) {
			names, n := traversalNames3(tr)
			if !skipReference(names, n, iterators) {
				want = append(want, refName{names, n})
			}
		}
	})
	for _, r := range want {
		if !slices.Contains(q.refs, r) {
			t.Errorf("%s: quickBlock missed the reference %v (read %v):\n%s", name, r, q.refs, src[from:to])
		}
	}
	blanked := slices.Clone(src[from:to])
	for i := q.open; i < q.close; i++ {
		if blanked[i-from] != '\n' {
			blanked[i-from] = ' '
		}
	}
	bf, bdiags := hclsyntax.ParseConfig(blanked, name, pos)
	if len(bdiags) > 0 {
		t.Errorf("%s: the blanked item has diagnostics: %v", name, bdiags)
		return true
	}
	bb := bf.Body.(*hclsyntax.Body).Blocks[0]
	emptyBody(b.Body)
	emptyBody(bb.Body)
	if !reflect.DeepEqual(b, bb) {
		t.Errorf("%s: the blanked block differs:\n%#v\n%#v", name, b, bb)
	}
	return true
}

// quickItems calls checkQuick, and checkTree on those read, on every
// top-level item of src.
func quickItems(t *testing.T, name string, src []byte) (items, read int) {
	t.Helper()
	bs, ok := hclscan.Boundaries(src)
	if !ok {
		return 0, 0
	}
	for k, b := range bs {
		to := len(src)
		if k+1 < len(bs) {
			to = bs[k+1].Byte
		}
		items++
		if checkQuick(t, name, src, b.Byte, to, b.Line) {
			read++
			checkTree(t, name, src, b.Byte, to, b.Line)
		}
	}
	return items, read
}

// quickMutations are the bytes inserted into, and replaced in, read items
// by TestQuickBodyAgrees.
var quickMutations = strings.Split("\" { } [ ] ( ) = : , . $ % \\ \n \r \t # / * ~ - ! ? < > 0 a é \u00a0 \u0301", " ")

func TestQuickBodyAgrees(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated.tf"] = big.Bytes()
	total, read := 0, 0
	var accepted [][]byte
	names := slices.Sorted(maps.Keys(srcs))
	for _, name := range names {
		src := srcs[name]
		bs, ok := hclscan.Boundaries(src)
		if !ok {
			continue
		}
		for k, b := range bs {
			to := len(src)
			if k+1 < len(bs) {
				to = bs[k+1].Byte
			}
			total++
			if checkQuick(t, name, src, b.Byte, to, b.Line) {
				read++
				if len(accepted) < 20 && k%13 == 0 {
					accepted = append(accepted, src[b.Byte:to])
				}
			}
		}
	}
	t.Logf("%d items, %d read by quickBlock", total, read)
	if read < 1000 {
		t.Errorf("quickBlock read %d items, want 1000 and more", read)
	}
	// Every item read, mutated a byte at a time: whatever quickBlock
	// still reads, HCL must parse without a diagnostic.
	mutated, stillRead := 0, 0
	for _, item := range accepted {
		for i := 0; i < len(item); i += 1 + i%5 {
			for _, c := range quickMutations {
				for _, m := range [][]byte{
					slices.Concat(item[:i], []byte(c), item[i:]),
					slices.Concat(item[:i], []byte(c), item[i+1:]),
					slices.Concat(item[:i], item[i+1:]),
				} {
					if !utf8.Valid(m) {
						continue // Boundaries refuses the file
					}
					mutated++
					if checkQuick(t, "mutated.tf", m, 0, len(m), 1) {
						stillRead++
					}
				}
			}
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d mutations of %d items, %d read by quickBlock", mutated, len(accepted), stillRead)
}

// TestQuickBodyGenerated checks that the blocks of bench/gen's file, the
// large file quickBlock is for, are all read by it.
func TestQuickBodyGenerated(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	f, _ := parseFile(parser.Source{Path: "generated.tf", Bytes: big.Bytes()}, 1, 1)
	if len(f.lazy) < 300 {
		t.Fatalf("%d lazy blocks", len(f.lazy))
	}
	src := big.Bytes()
	bs, _ := hclscan.Boundaries(src)
	read := 0
	for k, b := range bs {
		to := len(src)
		if k+1 < len(bs) {
			to = bs[k+1].Byte
		}
		if quickBlock(src, b.Byte, to) != nil {
			read++
		}
	}
	if read != len(f.lazy) {
		t.Errorf("quickBlock read %d of the %d resource blocks", read, len(f.lazy))
	}
}

func FuzzQuickBody(f *testing.F) {
	for _, s := range []string{
		"resource \"a\" \"b\" {\n  x = \"${var.y}-z\"\n  n { m = [1, 2.5, f(a.b[0].c, {k = \"v\"})] }\n}\n",
		"resource \"a\" \"b\" {\n  x = 1\n  x = 2\n}\n",
		"data \"a\" \"b\" {\n  # c\n  tags = {\n    a = local.t\n    \"b\" : 2,\n  }\n  lifecycle {\n    ignore_changes = [tags]\n  }\n}\n",
		"resource \"a\" \"b\" {\n  provider = aws.east\n  d = \"$${x} %%{y} \\u0041\"\n}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		quickItems(t, "fuzz.tf", src)
	})
}

// checkTree checks quickTree on an item quickBlock read (src[from:to],
// starting line line) against HCL's tree of the same item.
func checkTree(t *testing.T, name string, src []byte, from, to, line int) {
	t.Helper()
	item := src[from:to]
	if !quickTreeable(item) {
		return
	}
	got := quickTree(item, name, from, line)
	if got == nil {
		t.Errorf("%s: quickTree built nothing for an item quickBlock read:\n%s", name, item)
		return
	}
	f, _ := hclsyntax.ParseConfig(item, name, hcl.Pos{Line: line, Column: 1, Byte: from})
	want := f.Body.(*hclsyntax.Body).Blocks[0].Body
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: quickTree's tree differs from HCL's:\n%s", name, item)
		diffTrees(t, reflect.ValueOf(got), reflect.ValueOf(want), "body")
	}
}

// diffTrees reports the first paths at which two syntax trees differ.
func diffTrees(t *testing.T, a, b reflect.Value, path string) bool {
	t.Helper()
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		t.Errorf("  %s: %v vs %v", path, a.Type(), b.Type())
		return true
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				t.Errorf("  %s: nil %t vs %t", path, a.IsNil(), b.IsNil())
				return true
			}
			return false
		}
		return diffTrees(t, a.Elem(), b.Elem(), path)
	case reflect.Struct:
		if a.Type() == reflect.TypeOf(cty.Value{}) {
			if !a.Interface().(cty.Value).RawEquals(b.Interface().(cty.Value)) || !reflect.DeepEqual(a.Interface(), b.Interface()) {
				t.Errorf("  %s: %#v vs %#v", path, a.Interface(), b.Interface())
				return true
			}
			return false
		}
		for i := range a.NumField() {
			if diffTrees(t, a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name) {
				return true
			}
		}
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			t.Errorf("  %s: len %d (nil %t) vs %d (nil %t)", path, a.Len(), a.IsNil(), b.Len(), b.IsNil())
			return true
		}
		for i := range a.Len() {
			if diffTrees(t, a.Index(i), b.Index(i), path+"["+strconv.Itoa(i)+"]") {
				return true
			}
		}
	case reflect.Map:
		if a.Len() != b.Len() || a.IsNil() != b.IsNil() {
			t.Errorf("  %s: map len %d vs %d", path, a.Len(), b.Len())
			return true
		}
		for _, k := range a.MapKeys() {
			if diffTrees(t, a.MapIndex(k), b.MapIndex(k), path+"["+k.String()+"]") {
				return true
			}
		}
	default:
		if a.CanInterface() && !reflect.DeepEqual(a.Interface(), b.Interface()) {
			t.Errorf("  %s: %v vs %v", path, a.Interface(), b.Interface())
			return true
		}
	}
	return false
}

func TestQuickTreeSameAsHCL(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated.tf"] = big.Bytes()
	built := 0
	var accepted [][]byte
	for _, name := range slices.Sorted(maps.Keys(srcs)) {
		src := srcs[name]
		bs, ok := hclscan.Boundaries(src)
		if !ok {
			continue
		}
		for k, b := range bs {
			to := len(src)
			if k+1 < len(bs) {
				to = bs[k+1].Byte
			}
			if quickBlock(src, b.Byte, to) == nil {
				continue
			}
			checkTree(t, name, src, b.Byte, to, b.Line)
			built++
			if len(accepted) < 20 && k%11 == 0 {
				accepted = append(accepted, src[b.Byte:to])
			}
			if t.Failed() {
				return
			}
		}
	}
	t.Logf("%d trees compared", built)
	for _, item := range accepted {
		for i := 0; i < len(item); i += 1 + i%5 {
			for _, c := range quickMutations {
				for _, m := range [][]byte{
					slices.Concat(item[:i], []byte(c), item[i:]),
					slices.Concat(item[:i], []byte(c), item[i+1:]),
					slices.Concat(item[:i], item[i+1:]),
				} {
					if utf8.Valid(m) && quickBlock(m, 0, len(m)) != nil {
						checkTree(t, "mutated.tf", m, 0, len(m), 1)
					}
				}
			}
			if t.Failed() {
				return
			}
		}
	}
}

// TestPieceBodiesSameAsHCL checks that the bodies pieceBody builds for
// the pieces of plain blocks give the file the tree and the lazy blocks
// HCL's parse of the blanked pieces gives.
func TestPieceBodiesSameAsHCL(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated.tf"] = big.Bytes()
	defer func() { pieceBodies = true }()
	files, built := 0, 0
	for _, name := range slices.Sorted(maps.Keys(srcs)) {
		src := srcs[name]
		for _, size := range []int{1, 4096} {
			pieceBodies = true
			got, gotDiags := parseFile(parser.Source{Path: name, Bytes: src}, 1, size)
			pieceBodies = false
			want, wantDiags := parseFile(parser.Source{Path: name, Bytes: src}, 1, size)
			if !reflect.DeepEqual(gotDiags, wantDiags) {
				t.Errorf("%s (pieces of %d): diagnostics differ", name, size)
			}
			if !reflect.DeepEqual(got.HCL, want.HCL) {
				t.Errorf("%s (pieces of %d): the trees differ", name, size)
				if got.HCL != nil && want.HCL != nil {
					diffTrees(t, reflect.ValueOf(got.HCL.Body), reflect.ValueOf(want.HCL.Body), "body")
				}
			}
			if !reflect.DeepEqual(got.lazy, want.lazy) {
				t.Errorf("%s (pieces of %d): the lazy blocks differ", name, size)
			}
			if len(got.lazy) > 0 {
				built++
			}
			if t.Failed() {
				return
			}
		}
		files++
	}
	t.Logf("%d files, %d parses with lazy blocks", files, built)
	if built < 100 {
		t.Errorf("%d parses with lazy blocks, want 100 and more", built)
	}
}

func FuzzPieceBodies(f *testing.F) {
	for _, s := range []string{
		"resource \"a\" \"b\" {\n  x = 1\n}\n\nresource \"a\" \"c\" {\n  y = [a.b.x]\n}\n\n# c\nresource \"a\" \"d\" {\n  n {\n    z = \"${var.v}\"\n  }\n}\n\nvariable \"v\" {}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer func() { pieceBodies = true }()
		pieceBodies = true
		got, gotDiags := parseFile(parser.Source{Path: "fuzz.tf", Bytes: src}, 1, 1)
		pieceBodies = false
		want, wantDiags := parseFile(parser.Source{Path: "fuzz.tf", Bytes: src}, 1, 1)
		if !reflect.DeepEqual(gotDiags, wantDiags) || !reflect.DeepEqual(got.HCL, want.HCL) || !reflect.DeepEqual(got.lazy, want.lazy) {
			t.Errorf("pieceBody changes the parse of:\n%s", src)
		}
	})
}

// TestQuickBodyBounded checks that a body of many arguments, or a block of
// many references, is left to HCL, and read quickly either way.
func TestQuickBodyBounded(t *testing.T) {
	var many, refs bytes.Buffer
	many.WriteString("resource \"a\" \"b\" {\n")
	refs.WriteString("resource \"a\" \"b\" {\n  x = [")
	for i := range 100000 {
		fmt.Fprintf(&many, "  a%d = 1\n", i)
		fmt.Fprintf(&refs, "v.a%d, ", i)
	}
	many.WriteString("}\n")
	refs.WriteString("]\n}\n")
	for _, src := range [][]byte{many.Bytes(), refs.Bytes()} {
		if quickBlock(src, 0, len(src)) != nil {
			t.Errorf("quickBlock read a block of %d bytes past its bounds", len(src))
		}
	}
	small := []byte("resource \"a\" \"b\" {\n  a = v.x\n  b = v.y\n}\n")
	if q := quickBlock(small, 0, len(small)); q == nil || len(q.refs) != 2 {
		t.Errorf("quickBlock on a small block: %v", q)
	}
}
