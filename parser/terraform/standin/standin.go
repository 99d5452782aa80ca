// Package standin holds soc2lint's stand-ins for registry modules that
// terraform init has not downloaded: small Terraform modules of our own,
// written from each registry module's documented inputs and defaults, that
// create what the registry module creates for the inputs our rules read
// (a security group's rules, a bucket's settings...). A stand-in is used
// only when the call's version constraint admits no major version other
// than the ones it models; everything it does not model stays unknown.
package standin

import (
	"embed"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

//go:embed modules
var files embed.FS

// Model describes one stand-in.
type Model struct {
	// Source is the registry address the stand-in answers, lower case:
	// "terraform-aws-modules/security-group/aws".
	Source string
	// Majors are the major versions whose inputs and defaults the stand-in
	// models.
	Majors []int
	// Latest is the newest major version released, which a call without a
	// version constraint (or with no upper bound) installs: a fact as of
	// LatestAsOf, from the module's registry page or changelog.
	Latest int
	// LatestAsOf dates Latest (YYYY-MM-DD): a later major makes a call
	// with no upper bound install a version the stand-in may not model.
	LatestAsOf string
	// Covers says what the stand-in models, for the note on each call.
	Covers string
	// Causes name the inputs whose value decides a finding about one of
	// the stand-in's resources as a whole (no flow log, no versioning):
	// the finding names the input, at the argument that sets it or, when
	// it keeps its default, at the call.
	Causes []Cause
	// Only lists, for a major version whose first releases the stand-in
	// does not model, the releases of it that it models: a constraint that
	// selects that major must admit one of them. terraform init installs
	// the newest release the constraint admits, so it then installs a
	// modeled one.
	Only map[int][]string
	// dirs are the stand-in's directories under modules/: their files
	// together are the module (file names are unique across them), so
	// that stand-ins of two major versions share what did not change.
	dirs []string
}

// Cause is an input of a stand-in whose value decides a rule's finding
// about a resource the stand-in creates, when the finding is about the
// resource as a whole (something missing) rather than a value.
type Cause struct {
	// Rule is the rule's id; Type the type of the resource it reports.
	Rule, Type string
	// Input is the module's input.
	Input string
	// Effect says what the input's insecure value does: "the module
	// creates no flow log".
	Effect string
	// SecureDefault is set when the input's default does not cause the
	// finding: only a value the call passes is named.
	SecureDefault bool
	// Field, when set, is an attribute of each element of Input, a list
	// of objects the stand-in makes one resource of each: the resource is
	// decided by its element's Field, which defaults to FieldDefault (as
	// written). Keys name the resource's attributes and the element's
	// attributes that are equal for the element a resource is made from.
	Field, FieldDefault string
	Keys                [][2]string
}

// eksCauses are the causes of both eks stand-ins, whose encryption input
// is named encryption (v19-v20: cluster_encryption_config, v21:
// encryption_config).
func eksCauses(encryption string) []Cause {
	return []Cause{
		{Rule: "AWS-148", Type: "aws_eks_cluster", Input: encryption, SecureDefault: true,
			Effect: "the cluster's secrets are not envelope-encrypted"},
		{Rule: "AWS-148", Type: "aws_eks_cluster", Input: "create_kms_key", SecureDefault: true,
			Effect: "the module creates no key for the secrets"},
	}
}

// models are the stand-ins, by registry address.
var models = []*Model{
	{
		Source: "terraform-aws-modules/security-group/aws", Majors: []int{4, 5}, Latest: 6, LatestAsOf: "2026-12-05",
		Covers: "the security group and its CIDR rules", dirs: []string{"security-group"},
	},
	{
		Source: "terraform-aws-modules/vpc/aws", Majors: []int{5, 6}, Latest: 6, LatestAsOf: "2026-12-05",
		Covers: "the VPC, its public subnets and its flow log", dirs: []string{"vpc"},
		Causes: []Cause{
			{Rule: "AWS-010", Type: "aws_vpc", Input: "enable_flow_log", Effect: "the module creates no flow log"},
		},
	},
	{
		// v3.9.0 turned the public access block's four settings on by
		// default (v3.0-v3.8 left them off); v4 changed only the provider
		// requirement and the logging input's type (map(string) to any, the
		// same keys) for what the stand-in models.
		Source: "terraform-aws-modules/s3-bucket/aws", Majors: []int{3, 4, 5}, Latest: 5, LatestAsOf: "2026-12-05",
		Only:   map[int][]string{3: {"3.9.0", "3.10.0", "3.10.1", "3.11.0", "3.12.0", "3.13.0", "3.14.0", "3.14.1", "3.15.0", "3.15.1", "3.15.2"}},
		Covers: "the bucket, its public access block, versioning, access logging, default encryption and TLS policy", dirs: []string{"s3-bucket"},
		Causes: []Cause{
			{Rule: "AWS-005", Type: "aws_s3_bucket", Input: "attach_public_policy", SecureDefault: true,
				Effect: "the module creates no public access block"},
			{Rule: "AWS-006", Type: "aws_s3_bucket", Input: "server_side_encryption_configuration",
				Effect: "the module declares no default encryption"},
			{Rule: "AWS-007", Type: "aws_s3_bucket", Input: "logging", Effect: "the module configures no access logging"},
			{Rule: "AWS-008", Type: "aws_s3_bucket", Input: "versioning", Effect: "the module configures no versioning"},
			{Rule: "AWS-160", Type: "aws_s3_bucket", Input: "attach_deny_insecure_transport_policy",
				Effect: "the module attaches no policy that denies plain HTTP"},
		},
	},
	{
		Source: "terraform-google-modules/network/google", Majors: []int{9, 10, 11, 12, 13, 14, 15, 16, 17, 18}, Latest: 18, LatestAsOf: "2026-12-05",
		Covers: "its subnets' flow logs and Private Google Access", dirs: []string{"network"},
		Causes: []Cause{
			{Rule: "GCP-002", Type: "google_compute_subnetwork", Input: "subnets", Field: "subnet_flow_logs", FieldDefault: `"false"`,
				Keys: [][2]string{{"name", "subnet_name"}, {"region", "subnet_region"}}, Effect: "the module creates the subnet without VPC Flow Logs"},
		},
	},
	// v21 renamed the cluster_* inputs: the same cluster, read from
	// either set of names.
	{
		Source: "terraform-aws-modules/eks/aws", Majors: []int{19, 20}, Latest: 21, LatestAsOf: "2026-12-05",
		Covers: "the cluster's endpoint access, control plane logs and secrets encryption", dirs: []string{"eks", "eks-v19-v20"},
		Causes: eksCauses("cluster_encryption_config"),
	},
	{
		Source: "terraform-aws-modules/eks/aws", Majors: []int{21}, Latest: 21, LatestAsOf: "2026-12-05",
		Covers: "the cluster's endpoint access, control plane logs and secrets encryption", dirs: []string{"eks", "eks-v21"},
		Causes: eksCauses("encryption_config"),
	},
}

// Prefix starts the reported path of every stand-in file. No file on disk
// has it, so a place in a stand-in is never taken for the user's code.
const Prefix = "soc2lint-standin:"

// IsStandIn reports whether a reported path names a stand-in's directory
// or file.
func IsStandIn(p string) bool { return strings.HasPrefix(p, Prefix) }

// Lookup returns the stand-in for a call of a module source with a
// version constraint, or nil: one for the source (a registry address, with
// or without the public registry's host) that admits the constraint.
func Lookup(source, constraint string) *Model {
	s := strings.ToLower(strings.TrimSpace(source))
	s = strings.TrimPrefix(s, "registry.terraform.io/")
	for _, m := range models {
		if m.Source == s && m.Admits(constraint) {
			return m
		}
	}
	return nil
}

// Dir is the reported directory of the stand-in module.
func (m *Model) Dir() string { return Prefix + m.Source + "@" + m.Versions() }

// File is one file of a stand-in module.
type File struct {
	// Path is the reported path: Dir() + "/" + the file's name.
	Path  string
	Bytes []byte
}

// Files returns the stand-in module's files, sorted by name.
func (m *Model) Files() []File {
	var out []File
	for _, dir := range m.dirs {
		entries, _ := fs.ReadDir(files, path.Join("modules", dir))
		for _, e := range entries {
			data, err := fs.ReadFile(files, path.Join("modules", dir, e.Name()))
			if err == nil {
				out = append(out, File{Path: m.Dir() + "/" + e.Name(), Bytes: data})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// Versions names the modeled major versions for messages: "v4-v5", "v5",
// "v3.9-v5" when the first major is modeled from a later release.
func (m *Model) Versions() string {
	first := "v" + itoa(m.Majors[0])
	if only := m.Only[m.Majors[0]]; len(only) > 0 {
		first = "v" + strings.Join(strings.SplitN(only[0], ".", 3)[:2], ".")
	}
	if len(m.Majors) == 1 {
		return first
	}
	return first + "-v" + itoa(m.Majors[len(m.Majors)-1])
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Admits reports whether a call with the version constraint installs a
// major version the stand-in models. terraform init installs the newest
// release the constraint admits (modules have no lock file), so the major
// installed is the newest of 0 to Latest the constraint admits: ">= 7.5"
// installs the latest release, "~> 5.0" the newest 5.x. An empty
// constraint installs the latest release. A constraint that cannot be
// read, or that admits no released major, admits nothing.
func (m *Model) Admits(constraint string) bool {
	if strings.TrimSpace(constraint) == "" {
		return slices.Contains(m.Majors, m.Latest)
	}
	cs, ok := parseConstraints(constraint)
	if !ok {
		return false
	}
	for major := m.Latest; major >= 0; major-- {
		if cs.admitsMajor(major) {
			return slices.Contains(m.Majors, major) && cs.admitsOneOf(m.Only[major])
		}
	}
	return false
}

// Text returns the text between two byte offsets of one of the stand-in's
// files (by reported path), "" when there is no such text.
// Only that file is read (it is asked for every default of every call).
func (m *Model) Text(file string, start, end int) string {
	name, ok := strings.CutPrefix(file, m.Dir()+"/")
	if !ok || !fs.ValidPath(name) || strings.Contains(name, "/") {
		return ""
	}
	for _, dir := range m.dirs {
		data, err := fs.ReadFile(files, path.Join("modules", dir, name))
		if err == nil && start >= 0 && start <= end && end <= len(data) {
			return string(data[start:end])
		}
	}
	return ""
}

// All returns every stand-in.
func All() []*Model { return slices.Clone(models) }
