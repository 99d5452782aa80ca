package engine

import (
	"fmt"
	"slices"
	"strings"
)

// mergeInstances reports once what several instances of one block (count,
// for_each, or several calls of one module) yield at the same place: the
// finding keeps the first instance and lists all of them in Instances
// (writers show them after the message), with the module call sites that
// made them as related locations. fs must be sorted.
func mergeInstances(fs []Finding) []Finding {
	type group struct {
		idx     int
		members []Finding
	}
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Resource.Local != "" && f.Resource.Local != f.Resource.Address }) {
		if len(fs) == 0 {
			return nil
		}
		return fs // no instances: out would be fs
	}
	groups := map[string]*group{}
	var order []*group
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		local := f.Resource.Local
		if local == "" || local == f.Resource.Address {
			out = append(out, f)
			continue
		}
		key := fmt.Sprintf("%s|%s|%d:%d|%s|%s", f.Rule.ID, f.Range.File, f.Range.Start.Line, f.Range.Start.Column,
			local, strings.ReplaceAll(f.textOfOne(), f.Resource.Address, local))
		g, seen := groups[key]
		if !seen {
			g = &group{idx: len(out)}
			groups[key] = g
			order = append(order, g)
			out = append(out, f)
		}
		g.members = append(g.members, f)
	}
	for _, g := range order {
		if len(g.members) < 2 {
			continue
		}
		f := &out[g.idx]
		// Each module call site, once, naming the instances it created.
		type site struct {
			rng   Related
			names []string
		}
		var sites []*site
		bySite := map[string]*site{}
		for _, m := range g.members {
			f.Instances = append(f.Instances, m.Resource.Address)
			for _, c := range m.Resource.Calls {
				k := c.Range.String()
				s := bySite[k]
				if s == nil {
					s = &site{rng: Related{Range: c.Range, Kind: CallSite}}
					bySite[k] = s
					sites = append(sites, s)
				}
				if !slices.Contains(s.names, c.Note) {
					s.names = append(s.names, c.Note)
				}
			}
			for _, r := range m.Related {
				if !slices.ContainsFunc(f.Related, func(x Related) bool { return x == r }) {
					f.Related = append(f.Related, r)
				}
			}
		}
		for _, s := range sites {
			s.rng.Message = "module call creating " + strings.Join(s.names, ", ")
			f.Related = append(f.Related, s.rng)
		}
	}
	return out
}
