package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageMon22cRules are the rules Mondoo's AWS variant tests (checks
// lightsail..workspaces, session 22) added.
func coverageMon22cRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-433", Check: checkDesktopIPAccessOpen, Alone: true, Reads: desktopIPAccessTypes},
	}
}

// desktopIPAccessTypes are the IP allow lists of the virtual desktop and
// browser services, with the spelling of their rules and address ranges.
var desktopIPAccessTypes = []string{"aws_workspaces_ip_group", "aws_workspacesweb_ip_access_settings", "AWS::WorkSpacesWeb::IpAccessSettings"}

// checkDesktopIPAccessOpen is AWS-433: a WorkSpaces IP access control group
// or a WorkSpaces Secure Browser IP access settings whose rules admit the
// whole internet (a /0 or another range netexposure counts as the
// internet), which undoes the allow list for every directory or portal
// that uses it.
func checkDesktopIPAccessOpen(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(desktopIPAccessTypes...) {
		block, attr := "rules", "source"
		switch res.Type {
		case "aws_workspacesweb_ip_access_settings":
			block, attr = "ip_rule", "ip_range"
		case "AWS::WorkSpacesWeb::IpAccessSettings":
			block, attr = "IpRules", "IpRange"
		}
		rules, unknown := setting.Blocks(res.Body.Get(block))
		if setting.Undecided(p, res, "the allow list's rules", unknown) {
			continue
		}
		for _, r := range rules {
			v := r.Get(attr)
			if setting.Undecided(p, res, "the address range of an allow list rule", v) {
				continue
			}
			if netexposure.IsInternetCIDR(v) {
				p.Report(res, v, "%s lets clients connect from %s: the allow list admits the whole internet", res.Address, v.Str)
			}
		}
	}
}
