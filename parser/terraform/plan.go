package terraform

import (
	"bytes"
	"encoding/json"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser"
)

// IsPlan reports whether a JSON file is the output of
// `terraform show -json PLAN`.
func IsPlan(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	return bytes.Contains(head, []byte(`"format_version"`)) &&
		(bytes.Contains(data, []byte(`"resource_changes"`)) || bytes.Contains(data, []byte(`"planned_values"`)))
}

type planDoc struct {
	ResourceChanges []struct {
		Address       string `json:"address"`
		ModuleAddress string `json:"module_address"`
		Mode          string `json:"mode"`
		Type          string `json:"type"`
		Name          string `json:"name"`
		Change        struct {
			Actions      []string `json:"actions"`
			After        any      `json:"after"`
			AfterUnknown any      `json:"after_unknown"`
		} `json:"change"`
	} `json:"resource_changes"`
	Configuration struct {
		RootModule planModule `json:"root_module"`
	} `json:"configuration"`
}

type planModule struct {
	Resources []struct {
		Address     string `json:"address"`
		Expressions map[string]struct {
			References []string `json:"references"`
		} `json:"expressions"`
	} `json:"resources"`
	ModuleCalls map[string]struct {
		Source string     `json:"source"`
		Module planModule `json:"module"`
	} `json:"module_calls"`
}

// planConfig is what the configuration section says of one module.
type planConfig struct {
	dir  string
	refs map[string]map[string][]string // resource local address → attribute → references
}

var instanceKeys = regexp.MustCompile(`\[[^\]]*\]`)

// ParsePlan reads the planned values of a plan JSON file: they are fully
// resolved by Terraform, with what is known only after apply unknown. When
// the configuration is beside the plan (local modules relative to it),
// load returns its module so that findings point at the .tf lines; without
// it they point at the resource's entry in the plan file.
func ParsePlan(src parser.Source, load func(dir string) *Module) ([]*parser.Resource, parser.Diagnostics) {
	var doc planDoc
	dec := json.NewDecoder(bytes.NewReader(src.Bytes))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, parser.Diagnostics{{Severity: parser.SevError, Summary: "invalid Terraform plan JSON", Detail: err.Error(), Range: parser.Range{File: src.Path}}}
	}
	root := path.Dir(src.Path)
	configs := map[string]*planConfig{}
	collectPlanConfig(doc.Configuration.RootModule, "", root, configs)
	modules := map[string]*Module{}
	moduleFor := func(dir string) *Module {
		if m, ok := modules[dir]; ok {
			return m
		}
		var m *Module
		if load != nil && dir != "" {
			m = load(dir)
		}
		modules[dir] = m
		return m
	}
	var out []*parser.Resource
	for _, rc := range doc.ResourceChanges {
		if len(rc.Change.Actions) == 1 && rc.Change.Actions[0] == "delete" || rc.Change.After == nil {
			continue
		}
		modKey := instanceKeys.ReplaceAllString(rc.ModuleAddress, "")
		local := rc.Type + "." + rc.Name
		if rc.Mode == "data" {
			local = "data." + local
		}
		cfg := configs[modKey]
		var block *hcl.Block
		dir := ""
		if cfg != nil {
			dir = cfg.dir
			if m := moduleFor(dir); m != nil {
				block = findBlock(m, rc.Mode, rc.Type, rc.Name)
			}
		}
		res := &parser.Resource{
			Format: parser.Terraform, Type: rc.Type, Name: rc.Name, Address: rc.Address,
			Data: rc.Mode == "data", Module: dir, Local: local, Scope: rc.ModuleAddress, Root: root,
		}
		if dir == "" {
			res.Module = root
		}
		if block != nil {
			res.Range = convertRange(block.DefRange)
		} else {
			res.Range = planEntryRange(src, rc.Address)
		}
		res.Body = planValue(rc.Change.After, rc.Change.AfterUnknown, res.Range, 0)
		if block != nil {
			positionPlanBody(res.Body, block.Body)
		}
		if cfg != nil {
			for attr, refs := range cfg.refs[local] {
				if v := res.Body.Get(attr); v != nil {
					v.SetRefs(qualifyRefs(refs, rc.ModuleAddress))
				}
			}
		}
		out = append(out, res)
	}
	return out, nil
}

func collectPlanConfig(m planModule, addr, dir string, out map[string]*planConfig) {
	cfg := &planConfig{dir: dir, refs: map[string]map[string][]string{}}
	out[addr] = cfg
	for _, r := range m.Resources {
		attrs := map[string][]string{}
		for name, e := range r.Expressions {
			attrs[name] = e.References
		}
		cfg.refs[r.Address] = attrs
	}
	for _, name := range sortedKeys(m.ModuleCalls) {
		call := m.ModuleCalls[name]
		child := "module." + name
		if addr != "" {
			child = addr + "." + child
		}
		childDir := ""
		if isLocalSource(call.Source) && dir != "" {
			childDir = path.Clean(path.Join(dir, call.Source))
		}
		collectPlanConfig(call.Module, child, childDir, out)
	}
}

// qualifyRefs turns configuration references (aws_vpc.main.id,
// aws_subnet.a[0]) into graph addresses in the module instance scope.
func qualifyRefs(refs []string, scope string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range refs {
		r = instanceKeys.ReplaceAllString(r, "")
		parts := strings.Split(r, ".")
		var addr string
		switch {
		case parts[0] == "data" && len(parts) >= 3:
			addr = strings.Join(parts[:3], ".")
		case parts[0] == "var" || parts[0] == "local" || parts[0] == "module" || parts[0] == "count" || parts[0] == "each" || parts[0] == "path" || parts[0] == "self":
			continue
		case len(parts) >= 2:
			addr = parts[0] + "." + parts[1]
		default:
			continue
		}
		if scope != "" {
			addr = scope + "." + addr
		}
		if !seen[addr] {
			seen[addr] = true
			out = append(out, addr)
		}
	}
	return out
}

func findBlock(m *Module, mode, typ, name string) *hcl.Block {
	want := "resource"
	if mode == "data" {
		want = "data"
	}
	d := m.declarations()
	for _, b := range d.resources {
		if b.Type == want && b.Labels[0] == typ && b.Labels[1] == name {
			d.lazy.fill(b)
			return b
		}
	}
	return nil
}

// planEntryRange finds a resource's entry in the plan file.
func planEntryRange(src parser.Source, address string) parser.Range {
	q, _ := json.Marshal(address)
	i := -1
	for _, sep := range []string{`":`, `": `} {
		if i = bytes.Index(src.Bytes, []byte(`"address`+sep+string(q))); i >= 0 {
			break
		}
	}
	if i < 0 {
		return parser.Range{File: src.Path, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	}
	line := bytes.Count(src.Bytes[:i], []byte("\n")) + 1
	col := i - bytes.LastIndexByte(src.Bytes[:i], '\n')
	return parser.Range{File: src.Path, Start: parser.Pos{Line: int32(line), Column: int32(col), Byte: int32(i)}, End: parser.Pos{Line: int32(line), Column: int32(col + 9), Byte: int32(i + 9)}}
}

// planValue converts a planned JSON value, marking what after_unknown
// says is unknown.
func planValue(v, unknown any, rng parser.Range, depth int) *parser.Value {
	if b, ok := unknown.(bool); ok && b {
		return parser.UnknownValue(rng, "known after apply")
	}
	if depth > maxValueDepth {
		return parser.UnknownValue(rng, "value nested too deeply")
	}
	out := &parser.Value{Range: rng}
	switch t := v.(type) {
	case nil:
		out.Kind = parser.Null
	case bool:
		out.Kind, out.Bool = parser.Bool, t
	case json.Number:
		f, _ := t.Float64()
		out.Kind, out.Num, out.Str = parser.Number, f, t.String()
	case string:
		out.Kind, out.Str = parser.String, t
	case []any:
		out.Kind = parser.List
		us, _ := unknown.([]any)
		for i, e := range t {
			var u any
			if i < len(us) {
				u = us[i]
			}
			out.Elems = append(out.Elems, planValue(e, u, rng, depth+1))
		}
	case map[string]any:
		out.Kind = parser.Object
		out.Attrs = map[string]*parser.Value{}
		us, _ := unknown.(map[string]any)
		for k, e := range t {
			out.Attrs[k] = planValue(e, us[k], rng, depth+1)
		}
		// Attributes known only after apply are absent from "after".
		for k, u := range us {
			if b, ok := u.(bool); ok && b {
				if _, present := out.Attrs[k]; !present {
					out.Attrs[k] = parser.UnknownValue(rng, "known after apply")
				}
			}
		}
	default:
		out.Kind = parser.Unknown
	}
	return out
}

// positionPlanBody gives planned attributes the ranges of the attributes
// and blocks written in the configuration.
func positionPlanBody(v *parser.Value, body hcl.Body) {
	sb, ok := body.(*hclsyntax.Body)
	if !ok || v == nil || v.Kind != parser.Object {
		return
	}
	v.Range = convertRange(sb.Range())
	for name, a := range sb.Attributes {
		if x := v.Attrs[name]; x != nil {
			setRange(x, convertRange(a.Expr.Range()))
			x.KeyRange = convertRange(a.NameRange)
		}
	}
	blocks := map[string][]*hclsyntax.Block{}
	var names []string
	for _, b := range sb.Blocks {
		if _, seen := blocks[b.Type]; !seen {
			names = append(names, b.Type)
		}
		blocks[b.Type] = append(blocks[b.Type], b)
	}
	sort.Strings(names)
	for _, name := range names {
		x := v.Attrs[name]
		if x == nil || name == "dynamic" {
			continue
		}
		bs := blocks[name]
		x.KeyRange = convertRange(bs[0].TypeRange)
		setRange(x, convertRange(bs[0].Range()))
		// Blocks map to planned elements in order when the counts agree
		// (sets may reorder; then the first block's range stands for all).
		if x.Kind == parser.List && len(x.Elems) == len(bs) {
			for i, e := range x.Elems {
				e.KeyRange = convertRange(bs[i].TypeRange)
				positionPlanBody(e, bs[i].Body)
				e.Range = convertRange(bs[i].Range())
			}
		}
	}
}

// setRange moves v and everything in it to rng.
func setRange(v *parser.Value, rng parser.Range) {
	v.Range = rng
	for _, e := range v.Elems {
		setRange(e, rng)
	}
	for _, e := range v.Attrs {
		setRange(e, rng)
	}
}
