package cfnschema

import (
	"bytes"
	"compress/gzip"
	"io"

	"os/exec"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/cfnschema/internal/generate"
)

// TestTableIsCurrent regenerates the table from the goformation that
// go.mod requires and compares it with the embedded one.
func TestTableIsCurrent(t *testing.T) {
	version, err := generate.ModuleVersion(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate.Table(version)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Errorf("line %d is\n\t%.200s\nwant\n\t%.200s", i+1, gl[i], wl[i])
				break
			}
		}
		t.Fatalf("schema.txt.gz is stale (made from goformation %s, go.mod requires %s): run go generate ./internal/cfnschema",
			Default().Version(), version)
	}
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if n := len(Default().ResourceTypes()); n < 1000 {
		t.Fatalf("the schema knows only %d resource types", n)
	}
}

// TestBinaryDoesNotLinkGoformation guards the reason the table exists:
// goformation doubles the binary.
func TestBinaryDoesNotLinkGoformation(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goTool, "list", "-deps", "../../cmd/soc2lint").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	if !strings.Contains(string(out), "github.com/soc2lint/soc2lint/internal/cfnschema\n") {
		t.Errorf("cmd/soc2lint does not use the schema table")
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, generate.Module) || strings.Contains(pkg, "cfnschema/internal/generate") {
			t.Errorf("cmd/soc2lint links %s", pkg)
		}
	}
}

func TestLookup(t *testing.T) {
	s := Default()
	prop := func(typ string, path ...string) *Type {
		o, ok := s.Resource(typ)
		if !ok {
			return nil
		}
		var pt *Type
		for i, name := range path {
			if i > 0 {
				for pt.Kind == List || pt.Kind == Map {
					pt = pt.Elem
				}
				objs, _ := pt.Objects()
				if len(objs) == 0 {
					return nil
				}
				o = objs[0]
			}
			if pt, ok = o.Property(name); !ok {
				return nil
			}
		}
		return pt
	}
	for _, tc := range []struct {
		typ  string
		path []string
		want Kind // Kind(255): absent
	}{
		{"AWS::EC2::Volume", []string{"Encrypted"}, Bool},
		{"AWS::EC2::Volume", []string{"Size"}, Number},
		{"AWS::EC2::Volume", []string{"KmsKeyId"}, String},
		{"AWS::EC2::Volume", []string{"Tags"}, List},
		{"AWS::EC2::Volume", []string{"Encypted"}, Kind(255)},
		{"AWS::EC2::Volume", []string{"encrypted"}, Kind(255)},
		{"AWS::S3::Bucket", []string{"BucketEncryption", "ServerSideEncryptionConfiguration", "ServerSideEncryptionByDefault", "SSEAlgorithm"}, String},
		{"AWS::S3::Bucket", []string{"BucketEncryption"}, Object},
		{"AWS::IAM::Role", []string{"AssumeRolePolicyDocument"}, Any},
		{"AWS::Serverless::Function", []string{"CodeUri"}, Union},
		{"AWS::Serverless::Function", []string{"Tags"}, Map},
		{"AWS::Serverless::Function", []string{"Tracing"}, String},
		{"Alexa::ASK::Skill", []string{"VendorId"}, String},
		{"AWS::EC2::Volumes", []string{"Encrypted"}, Kind(255)},
	} {
		got := prop(tc.typ, tc.path...)
		switch {
		case got == nil && tc.want != Kind(255):
			t.Errorf("%s %v: not found, want %s", tc.typ, tc.path, tc.want)
		case got != nil && tc.want == Kind(255):
			t.Errorf("%s %v: found a %s, want none", tc.typ, tc.path, got.Kind)
		case got != nil && got.Kind != tc.want:
			t.Errorf("%s %v: %s, want %s", tc.typ, tc.path, got.Kind, tc.want)
		}
	}
}

func TestParseRejectsBrokenTables(t *testing.T) {
	for _, text := range []string{
		"",
		"R AWS::X::Y x.Y\n",
		"goformation v1\nR AWS::X::Y x.Y\n",
		"goformation v1\nR AWS::X::Y x.Y\nT x.Y A=@x.Z\n",
		"goformation v1\nT x.Y A=q\n",
		"goformation v1\nT x.Y A\n",
		"goformation v1\nT x.Y A=s\nT x.Y B=s\n",
		"goformation v1\nQ x.Y A=s\n",
	} {
		if _, err := Parse([]byte(text)); err == nil {
			t.Errorf("Parse(%q) accepted a broken table", text)
		}
	}
	s, err := Parse([]byte("goformation v1\nR AWS::X::Y x.Y\nT x.Y A=[@x.Z\nT x.Z B=b\n"))
	if err != nil {
		t.Fatal(err)
	}
	o, _ := s.Resource("AWS::X::Y")
	a, _ := o.Property("A")
	if a.Kind != List || a.Elem.Kind != Object {
		t.Fatalf("A is %v", a)
	}
	if b, ok := a.Elem.Object.Property("B"); !ok || b.Kind != Bool {
		t.Fatalf("A.B is %v", b)
	}
	if _, err := Decode([]byte("not gzip")); err == nil {
		t.Error("Decode accepted a table that is not gzip")
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"AutoEnableIO", "AvailabilityZone", "Encrypted", "Iops", "KmsKeyId", "Size", "SnapshotId", "Tags"}
	for _, tc := range []struct {
		name, want string
	}{
		{"Encypted", "Encrypted"},  // a letter left out
		{"Encrytped", "Encrypted"}, // two letters swapped
		{"encrypted", "Encrypted"}, // case
		{"KMSKeyID", "KmsKeyId"},   // case
		{"Tag", "Tags"},            // short: one edit
		{"Encrypted", ""},          // known
		{"Encryption", ""},         // too far
		{"Siz", "Size"},            //
		{"Throughput", ""},         // nothing near
		{"AvailabilityZones", "AvailabilityZone"},
	} {
		got, ok := Suggest(tc.name, names)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Suggest(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
	// Two candidates equally near: no guess.
	if got, ok := Suggest("Nam", []string{"Name", "Nap"}); ok {
		t.Errorf("Suggest between two equally near names guessed %q", got)
	}
}

// BenchmarkDecode measures reading the embedded table, which a scan of
// CloudFormation does once.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(compressed); err != nil {
			b.Fatal(err)
		}
	}
}
