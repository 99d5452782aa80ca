package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packGKEPublicEndpointReads are the types checkPackGKEPublicEndpoint reads (Rule.Reads).
var packGKEPublicEndpointReads = []string{"google_container_cluster"}

func checkPackGKEPublicEndpoint(p *engine.Pass) {
	for _, c := range p.KnownResources("google_container_cluster") {
		b := c.Body
		private, why := packGKEPrivateEndpoint(b)
		if private == parser.True {
			continue
		}
		man := b.Get("master_authorized_networks_config")
		hidden := setting.Unknown(man)
		blocks := man.Items()
		var world []*parser.Value
		for _, m := range blocks {
			for _, cb := range m.Get("cidr_blocks").Items() {
				if v := cb.Get("cidr_block"); netexposure.IsWorldCIDR(v) {
					world = append(world, v)
				}
			}
		}
		open := hidden == nil && len(blocks) == 0
		switch {
		case !open && hidden == nil && len(world) == 0:
		case private == parser.Maybe:
			p.CannotTell(c, why, parser.Unknowable(why, "the private endpoint settings").Detail)
		case hidden != nil:
			p.CannotTell(c, hidden, parser.Unknowable(hidden, "master_authorized_networks_config").Detail)
		case open:
			p.Report(c, nil, "%s has a public control plane endpoint and no master_authorized_networks_config: any address may reach the Kubernetes API server", c.Address)
		default:
			for _, v := range world {
				p.Report(c, v, "%s authorizes %s to reach its public control plane endpoint", c.Address, v.Str)
			}
		}
	}
}

// packGKEPrivateEndpoint tells whether a cluster has no public control
// plane endpoint, with the value that makes it Maybe.
func packGKEPrivateEndpoint(b *parser.Value) (parser.Truth, *parser.Value) {
	pcc, cpe := b.Get("private_cluster_config"), b.Get("control_plane_endpoints_config")
	if u := setting.Unknown(pcc, cpe); u != nil {
		return parser.Maybe, u
	}
	out, at := parser.False, (*parser.Value)(nil)
	for _, c := range pcc.Items() {
		switch e := c.Get("enable_private_endpoint"); e.Truth(false) {
		case parser.True:
			return parser.True, nil
		case parser.Maybe:
			out, at = parser.Maybe, e
		}
	}
	for _, c := range cpe.Items() {
		ip := c.Get("ip_endpoints_config")
		if u := setting.Unknown(ip); u != nil {
			out, at = parser.Maybe, u
		}
		for _, i := range ip.Items() {
			e := i.Get("enabled")
			if e.IsFalse() {
				return parser.True, nil
			}
			if u := setting.Unknown(e); u != nil {
				out, at = parser.Maybe, u
			}
		}
	}
	return out, at
}
