package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// GraphJSON is the document `soc2lint graph --format json` writes.
type GraphJSON struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is one resource instance.
type GraphNode struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Address  string    `json:"address"`
	Data     bool      `json:"data,omitempty"`
	Format   string    `json:"format"`
	Group    string    `json:"group"`
	File     string    `json:"file"`
	Range    JSONRange `json:"range"`
	Findings []string  `json:"findings"`
	// Kind is "resource", "data", "variable", "local", "output" or "module".
	Kind string `json:"kind"`
}

// GraphEdge is one reference between resources.
type GraphEdge struct {
	From string `json:"from"`
	To   string `json:"to"`
	Attr string `json:"attr"`
	Kind string `json:"kind"`
	// Direct is false for references reached through locals, variables
	// or module outputs, which the picture leaves out.
	Direct bool      `json:"direct"`
	File   string    `json:"file"`
	Range  JSONRange `json:"range"`
}

// nodeID is unique across formats, modules and templates.
func nodeID(r *parser.Resource) string {
	if r.Format == parser.CloudFormation {
		return r.Module + "#" + r.Address
	}
	return r.Root + "#" + r.Address
}

// group names the cluster a node is drawn in: its module instance or stack.
func group(r *parser.Resource) string {
	if r.Format == parser.CloudFormation {
		return "stack " + r.Module
	}
	g := "root " + r.Root
	if r.Scope != "" {
		g += " " + r.Scope
	}
	return g
}

// BuildGraph collects the graph's nodes and edges, with the findings of
// each node.
func BuildGraph(res *engine.Result) GraphJSON {
	// Variants of one CloudFormation resource (one per combination of
	// undecidable conditions) are one node with the findings of all.
	findings := map[string][]string{}
	for _, f := range res.Findings {
		id := nodeID(f.Resource)
		if !contains(findings[id], f.Rule.ID) {
			findings[id] = append(findings[id], f.Rule.ID)
		}
	}
	out := GraphJSON{Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	seenNode := map[string]bool{}
	seenEdge := map[string]bool{}
	for _, r := range res.Graph.Nodes() {
		id := nodeID(r)
		if !seenNode[id] {
			seenNode[id] = true
			fs := findings[id]
			sort.Strings(fs)
			if fs == nil {
				fs = []string{}
			}
			out.Nodes = append(out.Nodes, GraphNode{
				ID: id, Type: r.Type, Address: r.Address, Data: r.Data, Format: string(r.Format),
				Group: group(r), File: r.Range.File, Range: jsonRange(r.Range), Findings: fs, Kind: nodeKind(r),
			})
		}
		for _, e := range res.Graph.EdgesFrom(r) {
			ge := GraphEdge{
				From: nodeID(e.From), To: nodeID(e.To), Attr: e.Attr, Kind: string(e.Kind), Direct: e.Direct,
				File: e.Range.File, Range: jsonRange(e.Range),
			}
			k := ge.From + "|" + ge.To + "|" + ge.Attr + "|" + ge.Kind
			if !seenEdge[k] {
				seenEdge[k] = true
				out.Edges = append(out.Edges, ge)
			}
		}
	}
	return out
}

func nodeKind(r *parser.Resource) string {
	switch {
	case r.Kind != "":
		return string(r.Kind)
	case r.Data:
		return "data"
	}
	return "resource"
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// WriteGraphJSON writes the graph as indented JSON.
func WriteGraphJSON(w io.Writer, res *engine.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(BuildGraph(res))
}

// WriteDOT writes the graph in Graphviz DOT: one cluster per module
// instance or stack, references as edges labelled with the attribute, and
// resources with findings filled red with the rule ids.
func WriteDOT(w io.Writer, res *engine.Result) error {
	g := BuildGraph(res)
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph soc2lint {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\"];\n")
	groups := map[string][]GraphNode{}
	var names []string
	for _, n := range g.Nodes {
		if _, ok := groups[n.Group]; !ok {
			names = append(names, n.Group)
		}
		groups[n.Group] = append(groups[n.Group], n)
	}
	sort.Strings(names)
	for i, name := range names {
		fmt.Fprintf(bw, "  subgraph cluster_%d {\n    label=%s; style=\"rounded\"; color=\"#999999\"; fontname=\"Helvetica\";\n", i, quote(name))
		for _, n := range groups[name] {
			label := n.Address + "\n" + n.Type
			attrs := ""
			if n.Kind != "resource" && n.Kind != "data" {
				label = n.Address
				attrs = `, shape=ellipse, fillcolor="#e8eef8"`
			}
			if len(n.Findings) > 0 {
				label += "\n" + strings.Join(n.Findings, ", ")
				attrs = `, fillcolor="#f8d0d0", color="#c00000", penwidth=2`
			}
			fmt.Fprintf(bw, "    %s [label=%s%s];\n", quote(n.ID), quote(label), attrs)
		}
		bw.WriteString("  }\n")
	}
	for _, e := range g.Edges {
		if !e.Direct {
			continue
		}
		style := ""
		switch e.Kind {
		case string(engine.DependsOn):
			style = ", style=dotted"
		case string(engine.Literal):
			style = ", style=dashed"
		}
		fmt.Fprintf(bw, "  %s -> %s [label=%s%s];\n", quote(e.From), quote(e.To), quote(e.Attr), style)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// quote writes a DOT string literal.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
