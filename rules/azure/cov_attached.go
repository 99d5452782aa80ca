package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covAttached returns the resources of type kind whose attribute attr
// names target: by reference, or by a literal Azure id ending in
// "/<segment>/<target's name>". unresolved is true when none does but a
// resource of that kind in target's root names something not known
// statically that is not a resource of the scan: it may be target.
func covAttached(p *engine.Pass, target *parser.Resource, attr, kind, segment string) (found []*parser.Resource, unresolved bool) {
	found = p.Referrers(target, attr, kind)
	name, named := target.Body.Get("name").AsString()
	for _, r := range p.InRoot(target, kind) {
		if r.Data {
			continue
		}
		v := r.Body.Get(attr)
		if id, ok := v.AsString(); ok {
			if named && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(id, "/")), "/"+segment+"/"+strings.ToLower(name)) &&
				!covContains(found, r) {
				found = append(found, r)
			}
			continue
		}
		if v != nil && v.Kind == parser.Unknown && len(p.Referenced(r, attr)) == 0 {
			unresolved = true
		}
	}
	return found, unresolved && len(found) == 0
}

func covContains(rs []*parser.Resource, r *parser.Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
