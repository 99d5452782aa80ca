package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// pro20cRules returns the rules added from Prowler's GCP check tests.
func pro20cRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-165", Check: checkOSLoginTwoStep,
			Reads: append([]string{"google_compute_project_metadata", "google_compute_project_metadata_item"}, covInstances...)},
		{ID: "GCP-166", Check: checkLogSinkAll, Reads: logSinkAllReads},
	}
}

// osLogin2SVKey is the metadata key that makes OS Login ask its users for
// 2-step verification.
const osLogin2SVKey = "enable-oslogin-2fa"

// checkOSLoginTwoStep is GCP-165: OS Login without 2-step verification
// lets a user's Google password alone open SSH sessions. Reported: the key
// written off (where OS Login is not itself off: that is GCP-109's), and a
// project whose OS Login this root turns on project-wide without turning
// 2-step verification on beside it. Instances and templates that enable OS
// Login alone are not reported: the project's metadata, perhaps managed
// elsewhere, may require 2-step verification for them.
func checkOSLoginTwoStep(p *engine.Pass) {
	// Roots where a project metadata item turns (or may turn) 2-step
	// verification on for an item-managed project.
	item2SV := map[string]bool{}
	for _, res := range p.KnownManaged("google_compute_project_metadata_item") {
		if setting.MayBe(res.Body.Get("key"), osLogin2SVKey) {
			if _, on, _, unk := covMetaBool(pro20cItemMeta(res), "v"); on || unk != nil {
				item2SV[res.Root] = true
			}
		}
	}
	for _, res := range p.KnownManaged(append(covInstances, "google_compute_project_metadata")...) {
		meta, unk := covMetadata(res)
		if unk != nil {
			p.CannotTell(res, unk, parser.Unknowable(unk, "metadata").Detail)
			continue
		}
		tv, ton, tset, tunk := covMetaBool(meta, osLogin2SVKey)
		ov, oon, oset, ounk := covMetaBool(meta, "enable-oslogin")
		switch {
		case oset && !oon:
			// OS Login is off here: GCP-109 reports it.
		case tunk != nil:
			p.CannotTell(res, tunk, parser.Unknowable(tunk, "metadata "+osLogin2SVKey).Detail)
		case tset && !ton:
			p.Report(res, tv, "%s: OS Login 2-step verification is turned off (%s = %s)", res.Address, osLogin2SVKey, covShow(tv))
		case res.Type != "google_compute_project_metadata" || tset && ton:
		case oon:
			p.Report(res, ov, "%s: OS Login is turned on for the project without 2-step verification (no %s = TRUE)", res.Address, osLogin2SVKey)
		case ounk != nil:
			p.CannotTell(res, ounk, parser.Unknowable(ounk, "metadata enable-oslogin").Detail)
		}
	}
	for _, res := range p.KnownManaged("google_compute_project_metadata_item") {
		k := res.Body.Get("key")
		if !setting.MayBe(k, osLogin2SVKey, "enable-oslogin") || setting.Undecided(p, res, "key", k) {
			continue
		}
		v, on, set, unk := covMetaBool(pro20cItemMeta(res), "v")
		switch {
		case k.IsAnyOf(osLogin2SVKey) && set && !on:
			p.Report(res, v, "%s: OS Login 2-step verification is turned off (%s = %s)", res.Address, osLogin2SVKey, covShow(v))
		case k.IsAnyOf(osLogin2SVKey) && unk != nil:
			p.CannotTell(res, unk, parser.Unknowable(unk, "value").Detail)
		case !k.IsAnyOf("enable-oslogin") || item2SV[res.Root]:
		case on:
			p.Report(res, v, "%s: OS Login is turned on for the project without 2-step verification (no %s = TRUE item)", res.Address, osLogin2SVKey)
		case unk != nil:
			p.CannotTell(res, unk, parser.Unknowable(unk, "value").Detail)
		}
	}
}

// pro20cItemMeta wraps a project metadata item's value as a metadata map
// under the key "v", for covMetaBool.
func pro20cItemMeta(res *parser.Resource) *parser.Value {
	return &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"v": res.Body.Get("value")}}
}
