package gcp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covInstances are the resources whose metadata configures a VM.
var covInstances = []string{"google_compute_instance", "google_compute_instance_template",
	"google_compute_region_instance_template", "google_compute_instance_from_template"}

// covMetaBool reads a boolean metadata key ("TRUE", "true", "1", or a
// bool): the value, whether it is set to a known boolean, and the unknown
// value when it cannot be told.
func covMetaBool(meta *parser.Value, key string) (v *parser.Value, on, set bool, unknown *parser.Value) {
	v = meta.Get(key)
	if v.IsNull() {
		return nil, false, false, nil
	}
	if u := setting.Unknown(v); u != nil {
		return v, false, false, u
	}
	if b, ok := v.AsBool(); ok {
		return v, b, true, nil
	}
	if s, ok := v.AsString(); ok {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true", "1", "yes", "on":
			return v, true, true, nil
		case "false", "0", "no", "off":
			return v, false, true, nil
		}
	}
	return v, false, false, nil
}

// covMetadata returns a resource's metadata map, or the unknown value that
// hides it.
func covMetadata(res *parser.Resource) (meta, unknown *parser.Value) {
	m := res.Body.Get("metadata")
	if u := setting.Unknown(m); u != nil {
		return nil, u
	}
	return m, nil
}

// covSerialPortReads are the types covSerialPort reads (Rule.Reads).
var covSerialPortReads = []string{"google_compute_instance", "google_compute_instance_from_template", "google_compute_instance_template", "google_compute_project_metadata", "google_compute_project_metadata_item", "google_compute_region_instance_template"}

func covSerialPort() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-108",
		Reads: covSerialPortReads,
		Alone: true,
		Check: func(p *engine.Pass) {
			covMetadataKey(p, "serial-port-enable", func(res *parser.Resource, v *parser.Value, on, set bool) {
				if set && on {
					p.Report(res, v, "%s: the interactive serial console is enabled (serial-port-enable = %s)", res.Address, covShow(v))
				}
			})
		},
	}
}

// covMetadataKey calls judge for every instance, template and project
// metadata resource with the boolean metadata key's value; unknown values
// become undecided notes.
func covMetadataKey(p *engine.Pass, key string, judge func(res *parser.Resource, v *parser.Value, on, set bool)) {
	for _, res := range p.KnownManaged(append(covInstances, "google_compute_project_metadata")...) {
		meta, unk := covMetadata(res)
		if unk != nil {
			p.CannotTell(res, unk, parser.Unknowable(unk, "metadata").Detail)
			continue
		}
		v, on, set, unk := covMetaBool(meta, key)
		if unk != nil {
			p.CannotTell(res, unk, parser.Unknowable(unk, "metadata "+key).Detail)
			continue
		}
		judge(res, v, on, set)
	}
	for _, res := range p.KnownManaged("google_compute_project_metadata_item") {
		k := res.Body.Get("key")
		if setting.Undecided(p, res, "key", k) || !k.IsAnyOf(key) {
			continue
		}
		meta := &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{key: res.Body.Get("value")}}
		v, on, set, unk := covMetaBool(meta, key)
		if unk != nil {
			p.CannotTell(res, unk, parser.Unknowable(unk, "value").Detail)
			continue
		}
		judge(res, v, on, set)
	}
}

// covShow prints a metadata value as written.
func covShow(v *parser.Value) string {
	if s, ok := v.AsString(); ok && v.Kind == parser.String {
		return strconv.Quote(s)
	}
	if b, ok := v.AsBool(); ok {
		return fmt.Sprint(b)
	}
	return "?"
}

// covSSHKeysReads are the types checkCovSSHKeys reads (Rule.Reads).
var covSSHKeysReads = []string{"google_compute_instance", "google_compute_instance_from_template", "google_compute_instance_template", "google_compute_project_metadata", "google_compute_project_metadata_item", "google_compute_region_instance_template", "google_folder_organization_policy", "google_org_policy_policy", "google_organization_policy", "google_project_organization_policy"}

func checkCovSSHKeys(p *engine.Pass) {
	// Roots where OS Login is (or may be) enabled project-wide, and those
	// where a metadata item enables it. A google_compute_project_metadata
	// owns all of its project's metadata, so another one of the root (for
	// another project, or fighting over the same one) never enables OS
	// Login for it; only an item can add the key beside it.
	projectOSLogin, itemOSLogin := map[string]bool{}, map[string]bool{}
	for _, res := range p.ResourcesOfType("google_compute_project_metadata") {
		meta, unk := covMetadata(res)
		_, on, _, unk2 := covMetaBool(meta, "enable-oslogin")
		if unk != nil || unk2 != nil || on {
			projectOSLogin[res.Root] = true
		}
	}
	for _, res := range p.ResourcesOfType("google_compute_project_metadata_item") {
		if setting.MayBe(res.Body.Get("key"), "enable-oslogin") {
			meta := &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"v": res.Body.Get("value")}}
			if _, on, _, unk := covMetaBool(meta, "v"); on || unk != nil {
				projectOSLogin[res.Root] = true
				itemOSLogin[res.Root] = true
			}
		}
	}
	covMetadataKey(p, "enable-oslogin", func(res *parser.Resource, v *parser.Value, on, set bool) {
		if set && !on {
			p.Report(res, v, "%s: OS Login is turned off (enable-oslogin = %s)", res.Address, covShow(v))
			return
		}
		if on || res.Type != "google_compute_project_metadata" && projectOSLogin[res.Root] {
			return
		}
		if res.Type == "google_compute_project_metadata_item" {
			return
		}
		meta, _ := covMetadata(res)
		for _, key := range []string{"ssh-keys", "sshKeys"} {
			if k := meta.Get(key); parser.Set(k) == parser.Yes {
				p.Report(res, k, "%s: SSH keys are written in metadata (%s) and OS Login is not enabled", res.Address, key)
				return
			}
		}
		if cov8ProjectKeysAllowed(p, res, meta) {
			return
		}
		cov5ProjectOSLogin(p, res, set || itemOSLogin[res.Root])
	})
	for _, res := range p.ResourcesOfType("google_compute_project_metadata_item") {
		if res.Data || projectOSLogin[res.Root] {
			continue
		}
		if k := res.Body.Get("key"); k.IsAnyOf("ssh-keys", "sshKeys") && parser.Set(res.Body.Get("value")) == parser.Yes {
			p.Report(res, res.Body.Get("value"), "%s: project-wide SSH keys are written in metadata and OS Login is not enabled", res.Address)
		}
	}
}
