package engine

import (
	"path"

	"github.com/soc2lint/soc2lint/parser"
)

// accountPlace returns where an account-level finding about root is
// attached: the root's main file (the template itself; main.tf of a
// Terraform root, else its first .tf file by name), at its first line. It
// depends on the root only, never on which resource happens to sort first,
// so ignores and baselines for it stay put when files are added.
//
// A graph makes one place per root and hands it to every rule: the
// missing-control findings of a root (a dozen rules' worth) share it, and
// so does what the root leaves for the across-roots rules. Findings never
// change the resource they point at.
func (p *Pass) accountPlace(root Root) *parser.Resource {
	k := rootKey(root.Format, root.Name)
	p.graph.mu.Lock()
	defer p.graph.mu.Unlock()
	if place := p.graph.places[k]; place != nil {
		return place
	}
	place := p.newAccountPlace(root)
	if p.graph.places == nil {
		p.graph.places = map[string]*parser.Resource{}
	}
	p.graph.places[k] = place
	return place
}

// newAccountPlace makes the place of accountPlace.
func (p *Pass) newAccountPlace(root Root) *parser.Resource {
	file := root.Name
	if root.Format == parser.Terraform {
		file = ""
		consider := func(f string) {
			if f == "" || path.Dir(f) != path.Clean(root.Name) {
				return
			}
			switch {
			case path.Base(f) == "main.tf":
				file = f
			case file == "" || path.Base(file) != "main.tf" && f < file:
				file = f
			}
		}
		for _, n := range p.graph.Nodes() {
			if n.Root == root.Name && n.Module == root.Name {
				consider(n.Range.File)
			}
		}
		for _, r := range root.Resources {
			consider(r.Range.File)
		}
		if file == "" && len(root.Resources) > 0 {
			file = root.Resources[0].Range.File
		}
	}
	return placeIn(root.Format, root.Name, file)
}

// placeIn is the account place of the root of format and name, in file:
// all that tells one from another, so that what a root keeps to the end
// of the scan for the across-roots rules is the file (rootStub), not the
// place.
func placeIn(format parser.Format, name, file string) *parser.Resource {
	rng := parser.Range{File: file, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	return &parser.Resource{
		Format: format, Type: AccountType, Name: name, Address: name,
		Module: name, Root: name, Local: name, Range: rng,
	}
}
