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

func covSerialPort() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-108",
		Name:     "compute-serial-port-enabled",
		Title:    "Compute Engine instance or project enables interactive serial console access",
		Severity: engine.Medium,
		Description: "The metadata key serial-port-enable is true on an instance, an instance template or the project " +
			"(google_compute_project_metadata, google_compute_project_metadata_item). The interactive serial " +
			"console is then reachable from any IP address, through ssh-serialport.googleapis.com, for anyone " +
			"with a key, bypassing firewall rules and network controls. It is off by default. Values not known " +
			"statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove serial-port-enable (or set it to \"FALSE\"); enforce the compute.disableSerialPortAccess organization policy."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
		},
		Precision: "very-high",
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
	for _, res := range p.ResourcesOfType(append(covInstances, "google_compute_project_metadata")...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
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
	for _, res := range p.ResourcesOfType("google_compute_project_metadata_item") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
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

func covSSHKeys() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-109",
		Name:     "compute-metadata-ssh-keys",
		Title:    "Compute Engine uses metadata SSH keys instead of OS Login",
		Severity: engine.Medium,
		Description: "SSH keys written in instance or project metadata (ssh-keys, sshKeys) are long-lived credentials " +
			"that are not tied to a Google identity, never expire and are not revoked when a person leaves; OS " +
			"Login replaces them with IAM-controlled, audited access. Reported are: enable-oslogin set to false on " +
			"an instance, template or the project; and ssh-keys (or sshKeys) written in metadata where OS Login " +
			"is not enabled (on the resource, or project-wide in the same root). Values not known statically " +
			"become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set enable-oslogin = \"TRUE\" in project metadata (or enforce compute.requireOsLogin), remove ssh-keys from metadata and grant roles/compute.osLogin instead."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://cloud.google.com/compute/docs/oslogin",
			"https://cloud.google.com/compute/docs/connect/restrict-ssh-keys",
		},
		Precision: "high",
		Check:     checkCovSSHKeys,
	}
}

func checkCovSSHKeys(p *engine.Pass) {
	// Roots where OS Login is (or may be) enabled project-wide.
	projectOSLogin := map[string]bool{}
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
