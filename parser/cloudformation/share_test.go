package cloudformation

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// templateSources returns the CloudFormation files of the repository's
// testdata, a generated template and a few written for sharing.
func templateSources(t *testing.T) []parser.Source {
	t.Helper()
	srcs := templateFiles(t, "../../testdata")
	if len(srcs) < 100 {
		t.Fatalf("only %d files under testdata", len(srcs))
	}
	srcs = append(srcs, generatedTemplate(1, 40), generatedTemplate(4, 40))
	for i, s := range sharingTemplates {
		srcs = append(srcs, parser.Source{Path: "share" + string(rune('a'+i)) + ".yaml", Bytes: []byte(s)})
	}
	return srcs
}

// sharingTemplates hold Fn::If over undecidable conditions next to, inside
// and around values that no condition touches.
var sharingTemplates = []string{`
Parameters:
  Mode: {Type: String}
  Ports: {Type: CommaDelimitedList, Default: "22,443"}
Conditions:
  Open: !Equals [!Ref Mode, open]
  Closed: !Not [!Condition Open]
  Both: !Or [!Condition Open, !Equals [a, a]]
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub "group ${AWS::StackName}"
      Tags: [{Key: a, Value: !Ref Mode}, {Key: b, Value: !If [Open, x, y]}, !Ref AWS::NoValue]
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: !Select [1, !Ref Ports], CidrIp: 10.0.0.0/8}
        - IpProtocol: tcp
          FromPort: !If [Closed, 22, !Select [0, !Ref Ports]]
          CidrIp: !If [Both, 0.0.0.0/0, !If [Open, 1.2.3.4/32, !Ref AWS::NoValue]]
      Nested: {A: {B: [1, {C: !If [Open, !Ref Mode, !Ref AWS::NoValue]}, {D: !Ref Ports}]}, E: {F: [x]}}
  Bucket:
    Type: AWS::S3::Bucket
    Condition: Open
    Properties:
      BucketName: !If [Closed, never, !Join ["-", [!Ref Mode, b]]]
      Versioning: {Status: Enabled}
`, `
Parameters:
  A: {Type: String}
  B: {Type: String}
Conditions:
  CA: !Equals [!Ref A, x]
  CB: !Equals [!Ref B, x]
  CC: !And [!Condition CA, !Condition CB]
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !If [CC, both, !If [CA, a, !If [CB, b, none]]]
      Tags:
        - {Key: k, Value: !Ref A}
        - {Key: k2, Value: !If [CB, !Ref B, !Ref A]}
      RedrivePolicy: !If [Undefined, {}, {maxReceiveCount: 3}]

`, `
Parameters:
  Nets: {Type: CommaDelimitedList, Default: " 10.0.0.0/24 , 10.0.1.0/24,10.0.2.0/24"}
  Given: {Type: CommaDelimitedList, Default: "a,b"}
  Ssm: {Type: "AWS::SSM::Parameter::Value<List<String>>", Default: x}
  Ids: {Type: "List<AWS::EC2::Subnet::Id>", Default: "subnet-1,subnet-2"}
  Block: {Type: String, Default: 10.0.0.0/16}
  Free: {Type: String}
  Two: {Type: Number, Default: 2}
Resources:
  T:
    Type: AWS::EC2::Subnet
    Properties:
      A: !Select [0, !Ref Nets]
      B: !Select [2, !Ref Nets]
      C: !Select [3, !Ref Nets]
      D: !Select [!Ref Two, !Ref Nets]
      E: !Select [1, !Ref Given]
      F: !Select [0, !Ref Ssm]
      G: !Select [1, !Ref Ids]
      H: !Select [-1, !Ref Ids]
      I: !Select [1, !Cidr [!Ref Block, 4, 8]]
      J: !Select [4, !Cidr [!Ref Block, 4, 8]]
      K: !Select [0, !Cidr [!Ref Free, 4, 8]]
      L: !Select [0, !Cidr [10.0.0.0/16, 300, 8]]
      M: !Select [0, !Cidr [10.0.0.0/30, 4, 8]]
      N: !Select [0, !Cidr [[x], 4, 8]]
      O: !Select [255, !Cidr ["fd00::/56", 256, 64]]
      P: !Select [!Ref Free, !Ref Nets]
      Q: !Select [1, !Ref Undefined]
      R: !Select [0, !Ref AWS::NoValue]
      S: !Select [0, {Ref: [x]}]
      U: !Select [0, !Cidr [!Select [0, !Ref Nets], 2, 4]]
`, `
Parameters:
  Env: {Type: String, Default: prod}
  Size: {Type: Number, Default: 10}
  On: {Type: String, Default: true}
  Bare: {Type: String}
  Given: {Type: String, Default: a}
  Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/x}
  Nets: {Type: CommaDelimitedList, Default: "a,b"}
  Obj: {Type: String, Default: {a: b}}
  AWS::NoValue: {Type: String, Default: nv}
  Cidr: {Type: String, Default: 10.0.0.0/16}
  Bits: {Type: Number, Default: 8}
  Mode: {Type: String}
Conditions:
  Undecided: !Equals [!Ref Mode, x]
Mappings:
  M:
    prod: {"10": ten, "true": yes, a: one, "c, d": given, x: !Ref Env}
Resources:
  R:
    Type: AWS::S3::Bucket
    Properties:
      A: !Sub "${Env}-${Size}-${On}-${Bare}-${Given}-${Ami}-${Nets}-${Obj}-${AWS::Region}-R"
      B: !Sub ["${X}/${Y}/${Z}", {X: !Ref Env, Y: !Ref Size, Z: !Ref Bare}]
      C: !Sub ["${X}${Env}${Env}", {X: !Ref Given}]
      D: !FindInMap [M, !Ref Env, !Ref Size]
      E: !FindInMap [M, !Ref Env, !Ref On]
      F: !FindInMap [M, !Ref Env, !Ref Given]
      G: !FindInMap [M, !Ref Env, !Ref Bare]
      H: !FindInMap [M, !Ref Env, !Ref Ami]
      I: !FindInMap [M, !Ref Env, !Ref Nets]
      J: !FindInMap [M, !Ref Env, !Ref Obj]
      K: !FindInMap [M, !Ref Env, !Ref AWS::NoValue]
      L: !FindInMap [M, !Ref Env, x]
      N: !FindInMap [!Ref Undefined, !Ref Env, a]
      O: !FindInMap [M, !Ref Env, !Ref R]
      P: !Join ["-", [!Ref Env, !Ref Size, !Ref On, x, !Ref AWS::NoValue, !Ref Given, !Join [",", [!Ref Env, !Ref Nets]]]]
      Q: !Join ["-", [!Ref Env, !Ref Bare, !Ref Ami, !Ref R, !GetAtt R.Arn, !Sub "${Env}"]]
      S: !Join ["-", !Ref Nets]
      T: !Join ["-", []]
      U: !Join [!Ref Env, [!Ref Env, {"Fn::If": [Undecided, a, !Ref Env]}, !Ref Obj]]
      V: !Cidr [!Ref Cidr, !Ref Size, 4]
      W: !Select [1, !Cidr [!Ref Cidr, 4, !Ref Bits]]
`}

// TestEvaluationShortcuts checks that what the evaluator saves comes out
// the same as the plain evaluation: variants sharing what no undecided
// condition touches (shareVariants) and Fn::Select picking one element
// without building the list (selectLazily), and parameter defaults read
// as text without a copy (textOnly), and no look for Fn::ForEach keys
// where the text holds none (skipForEach).
func TestEvaluationShortcuts(t *testing.T) {
	for _, tc := range []struct {
		name string
		flag *bool
	}{{"shareVariants", &shareVariants}, {"selectLazily", &selectLazily}, {"textOnly", &textOnly}, {"skipForEach", &skipForEach}} {
		for _, src := range templateSources(t) {
			*tc.flag = false
			want, wantDiags := ParseWithOptions(src, Options{Parameters: map[string]ParamValue{"Given": StringParam("c, d", parser.Range{}, "")}})
			*tc.flag = true
			got, gotDiags := ParseWithOptions(src, Options{Parameters: map[string]ParamValue{"Given": StringParam("c, d", parser.Range{}, "")}})
			if !reflect.DeepEqual(gotDiags, wantDiags) {
				t.Errorf("%s: %s: diagnostics differ:\n%v\nwithout:\n%v", tc.name, src.Path, gotDiags, wantDiags)
			}
			if (got == nil) != (want == nil) {
				t.Fatalf("%s: %s: template %v, %v without", tc.name, src.Path, got != nil, want != nil)
			}
			if got != nil && !reflect.DeepEqual(got.Resources, want.Resources) {
				t.Errorf("%s: %s: resources differ", tc.name, src.Path)
			}
		}
	}
}

// TestVariantsShare checks that variants do share values.
func TestVariantsShare(t *testing.T) {
	shared := 0
	for i, s := range sharingTemplates[:2] {
		tm, _ := Parse(parser.Source{Path: "share" + string(rune('a'+i)) + ".yaml", Bytes: []byte(s)})
		shared += sharedValues(tm.Resources)
	}
	if shared == 0 {
		t.Error("no variant shares a value with another")
	}
}

// sharedValues counts the values held by two resources.
func sharedValues(rs []*parser.Resource) int {
	owner := map[*parser.Value]int{}
	n := 0
	for i, r := range rs {
		walkValues(r.Body, func(v *parser.Value) {
			if o, ok := owner[v]; ok && o != i {
				n++
			}
			owner[v] = i
		})
	}
	return n
}

func walkValues(v *parser.Value, fn func(*parser.Value)) {
	if v == nil {
		return
	}
	fn(v)
	for _, a := range v.Attrs {
		walkValues(a, fn)
	}
	for _, el := range v.Elems {
		walkValues(el, fn)
	}
}

// TestEvalResultsShareUnchanged checks the invariant that sharing relies
// on: evaluation shares the values as written that it does not change
// (scalars, and objects and lists whose parts are unchanged), so nothing
// that builds resources may change a value in place. The tree as read is
// compared with a second reading after the template is built and
// instantiated again with parameters.
func TestEvalResultsShareUnchanged(t *testing.T) {
	read := func(src parser.Source) (*text, *parser.Value) {
		tx := newText(src)
		if looksLikeJSON(tx.b) {
			var d parser.Diagnostics
			root, fatal := readJSON(tx, &d)
			if fatal == nil {
				return tx, root
			}
		}
		docs, _ := yamlDocs(src.Bytes)
		for _, doc := range docs {
			if isTemplateYAML(doc) {
				r := newYAMLReader(tx)
				if root := r.conv(doc, 0, -1); r.fatal == nil {
					return tx, root
				}
			}
		}
		return tx, nil
	}
	checked, sharedRaw := 0, 0
	for _, src := range templateSources(t) {
		tx, root := read(src)
		if root == nil || root.Kind != parser.Object {
			continue
		}
		tm, _ := build(tx, root, Options{})
		params := map[string]ParamValue{"AWS::Region": StringParam("eu-west-1", parser.Range{}, "")}
		for name := range tm.Parameters {
			params[name] = StringParam("x,y", parser.Range{}, "")
		}
		tm.Instantiate(Options{Parameters: params})
		for _, out := range tm.Outputs {
			tm.Resolve(out)
		}
		_, again := read(src)
		if !reflect.DeepEqual(root, again) {
			t.Errorf("%s: building the template changed the values as read", src.Path)
		}
		checked++
		raw := map[*parser.Value]bool{}
		walkValues(root, func(v *parser.Value) {
			if v.Kind == parser.Object || v.Kind == parser.List {
				raw[v] = true
			}
		})
		for _, r := range tm.Resources {
			walkValues(r.Body, func(v *parser.Value) {
				if raw[v] {
					sharedRaw++
				}
			})
		}
	}
	if checked < 100 {
		t.Errorf("only %d templates checked", checked)
	}
	if sharedRaw == 0 {
		t.Error("no resource shares an unchanged object or list as written")
	}
}
