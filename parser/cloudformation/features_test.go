package cloudformation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// want is an expected resolved value: its kind, text, and the line and
// column its Range starts at (0: not checked).
type want struct {
	kind      parser.Kind
	str       string
	line, col int
}

func checkValue(t *testing.T, what string, v *parser.Value, w want) {
	t.Helper()
	if v == nil {
		t.Errorf("%s: missing", what)
		return
	}
	if v.Kind != w.kind || v.Str != w.str {
		t.Errorf("%s = %s %q (%s), want %s %q", what, v.Kind, v.Str, v.Why(), w.kind, w.str)
	}
	if w.line != 0 && (int(v.Range.Start.Line) != w.line || (w.col != 0 && int(v.Range.Start.Column) != w.col)) {
		t.Errorf("%s at %d:%d, want %d:%d", what, v.Range.Start.Line, v.Range.Start.Column, w.line, w.col)
	}
	if v.Kind == parser.Unknown && v.Why() == "" {
		t.Errorf("%s: Unknown without a reason", what)
	}
}

// variantsOf returns the resources of a template with the given address.
func variantsOf(tm *Template, addr string) []*parser.Resource {
	var out []*parser.Resource
	for _, r := range tm.Resources {
		if r.Address == addr {
			out = append(out, r)
		}
	}
	return out
}

func TestConditionVariants(t *testing.T) {
	src := readFixture(t, "conditions.yaml")
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatal(diags)
	}
	if len(diags) != 1 || diags[0].Summary != "too many undecidable conditions" || diags[0].Range.Start.Line != 39 {
		t.Errorf("diags %v", diags)
	}
	tests := []struct {
		res         string
		assumptions string // the variant's, joined with "; "
		prop        string
		want        want
	}{
		// Condition IsProd is false: Skipped is not emitted (checked below).
		// Condition Open cannot be decided: the resource is read assuming
		// it holds, so its own Fn::If is decided, and it is not split.
		{"Conditional", "", "Encrypted", want{parser.Bool, "", 28, 29}},
		// NotOpen follows from Open: the variants where both hold or both
		// fail read as the consistent ones.
		{"Split", "condition Open is true; condition NotOpen is true", "Cidr", want{parser.String, "0.0.0.0/0", 33, 24}},
		{"Split", "condition Open is true; condition NotOpen is true", "Other", want{parser.String, "opened", 34, 36}},
		{"Split", "condition Open is true; condition NotOpen is false", "Other", want{parser.String, "opened", 34, 36}},
		{"Split", "condition Open is false; condition NotOpen is true", "Cidr", want{parser.String, "10.0.0.0/8", 33, 35}},
		{"Split", "condition Open is false; condition NotOpen is false", "Other", want{parser.String, "closed", 34, 28}},
		// Nested Fn::If: both conditions split.
		{"Nested", "condition Open is true; condition InZone is true", "BucketName", want{parser.String, "a", 38, 43}},
		{"Nested", "condition Open is true; condition InZone is false", "BucketName", want{parser.String, "b", 38, 46}},
		{"Nested", "condition Open is false; condition InZone is true", "BucketName", want{parser.String, "c", 38, 50}},
		{"Nested", "condition Open is false; condition InZone is false", "BucketName", want{parser.String, "c", 38, 50}},
		// Four conditions: past the cap of three, the Fn::If stay Unknown.
		{"TooMany", "", "P1", want{parser.Unknown, "", 42, 11}},
		{"TooMany", "", "P4", want{parser.Unknown, "", 45, 11}},
	}
	for _, tc := range tests {
		var found *parser.Resource
		for _, r := range variantsOf(tm, tc.res) {
			if strings.Join(r.Assumptions, "; ") == tc.assumptions {
				found = r
			}
		}
		if found == nil {
			t.Errorf("%s: no variant %q", tc.res, tc.assumptions)
			continue
		}
		checkValue(t, tc.res+"["+tc.assumptions+"]."+tc.prop, found.Body.Get(tc.prop), tc.want)
	}
	counts := map[string]int{"Skipped": 0, "Conditional": 1, "Split": 4, "Nested": 4, "TooMany": 1}
	for name, n := range counts {
		if got := len(variantsOf(tm, name)); got != n {
			t.Errorf("%s: %d variants, want %d", name, got, n)
		}
	}
	if p1 := variantsOf(tm, "TooMany")[0].Body.Get("P1"); len(p1.Elems) != 2 {
		t.Errorf("TooMany.P1 keeps no branches: %+v", p1)
	}
	if _, ok := tm.RawResources["Skipped"]; !ok {
		t.Error("a resource whose condition is false must stay in RawResources")
	}
	checkValuePositions(t, src, tm)
}

func TestIntrinsicFunctions(t *testing.T) {
	src := readFixture(t, "intrinsics.yaml")
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatal(diags)
	}
	var summaries []string
	for _, d := range diags {
		summaries = append(summaries, d.Summary)
	}
	if strings.Join(summaries, ",") != "Fn::ForEach not expanded,invalid Fn::Cidr" {
		t.Errorf("diags %v", diags)
	}
	vpc := variantsOf(tm, "Vpc")[0].Body
	tests := []struct {
		path []string
		want want
	}{
		{[]string{"CidrBlock"}, want{parser.String, "10.0.0.0/16", 21, 18}},
		{[]string{"Known"}, want{parser.String, "192.168.0.128/26", 24, 26}},
		{[]string{"Second"}, want{parser.Unknown, "", 23, 15}},
		{[]string{"TooMany"}, want{parser.Unknown, "", 26, 16}},
		{[]string{"Azs"}, want{parser.Unknown, "", 27, 12}},
		{[]string{"Imported"}, want{parser.Unknown, "", 28, 17}},
		{[]string{"Json"}, want{parser.String, `{"Key":"10.0.0.0/16","List":[1,true]}`, 29, 13}},
		{[]string{"Length"}, want{parser.Number, "3", 30, 15}},
		{[]string{"LengthParam"}, want{parser.Number, "2", 32, 9}},
		{[]string{"Region"}, want{parser.Unknown, "", 33, 15}},
	}
	for _, tc := range tests {
		checkValue(t, strings.Join(tc.path, "."), vpc.Path(tc.path...), tc.want)
	}
	subnets := vpc.Get("Subnets")
	if subnets.Kind != parser.List || len(subnets.Elems) != 3 || subnets.Elems[2].Str != "10.0.2.0/24" || subnets.Range.Start.Line != 22 {
		t.Errorf("Fn::Cidr: %+v", subnets)
	}
	if v := subnets.Elems[0]; len(v.Via()) != 1 || v.Via()[0].Note != "parameter VpcCidr default" {
		t.Errorf("Fn::Cidr via %+v", v.Via())
	}
	if v6 := vpc.Get("V6"); len(v6.Elems) != 2 || v6.Elems[1].Str != "2001:db8:0:1::/64" {
		t.Errorf("Fn::Cidr IPv6: %+v", v6)
	}

	// Fn::ForEach over a CommaDelimitedList parameter, &{} keys.
	for _, tc := range []struct{ id, name string }{{"Queueorders", "orders"}, {"Queuebillingevents", "billing-events"}} {
		rs := variantsOf(tm, tc.id)
		if len(rs) != 1 {
			t.Errorf("%s: %d resources", tc.id, len(rs))
			continue
		}
		q := rs[0]
		checkValue(t, tc.id+".QueueName", q.Body.Get("QueueName"), want{parser.String, tc.name, 40, 22})
		checkValue(t, tc.id+".Tags[0].Value", q.Body.Get("Tags").Elems[0].Get("Value"), want{parser.String, "queue-" + tc.name, 43, 22})
		if q.Range.Start.Line != 37 {
			t.Errorf("%s at line %d", tc.id, q.Range.Start.Line)
		}
		if v := q.Body.Get("QueueName"); len(v.Via()) == 0 || !strings.HasPrefix(v.Via()[0].Note, "ForEach::Queues item") {
			t.Errorf("%s.QueueName via %+v", tc.id, v.Via())
		}
	}
	// ${} keys, FindInMap keyed by the identifier.
	for _, tc := range []struct {
		id   string
		port string
	}{{"sshGroup", "22"}, {"rdpGroup", "3389"}} {
		rs := variantsOf(tm, tc.id)
		if len(rs) != 1 {
			t.Errorf("%s: %d resources", tc.id, len(rs))
			continue
		}
		checkValue(t, tc.id+".FromPort", rs[0].Body.Get("SecurityGroupIngress").Elems[0].Get("FromPort"), want{parser.Number, tc.port, 53, 25})
	}
	// Fn::ForEach inside Properties.
	props := variantsOf(tm, "Props")[0].Body
	checkValue(t, "Props.AttrTwo", props.Get("AttrTwo"), want{parser.String, "value-Two", 62, 23})
	if len(variantsOf(tm, "NeverA")) != 0 || len(tm.Resources) != 6 {
		t.Errorf("resources %d", len(tm.Resources))
	}
	checkValuePositions(t, src, tm)
	checkDiagPositions(t, src, diags)
}

func TestPseudoParameters(t *testing.T) {
	src := readFixture(t, "intrinsics.yaml")
	at := parser.Range{File: "p.txt", Start: parser.Pos{Line: 2, Column: 13}, End: parser.Pos{Line: 2, Column: 22}}
	tm, _ := ParseWithOptions(src, Options{Parameters: map[string]ParamValue{
		"AWS::Region": StringParam("cn-north-1", at, "parameter AWS::Region in p.txt"),
		"VpcCidr":     StringParam("172.16.0.0/12", at, "parameter VpcCidr in p.txt"),
	}})
	vpc := variantsOf(tm, "Vpc")[0].Body
	checkValue(t, "Region", vpc.Get("Region"), want{parser.String, "cn-north-1-aws-cn", 33, 15})
	checkValue(t, "CidrBlock", vpc.Get("CidrBlock"), want{parser.String, "172.16.0.0/12", 21, 18})
	if v := vpc.Get("CidrBlock"); len(v.Via()) != 1 || v.Via()[0].Range != at || v.Via()[0].Note != "parameter VpcCidr in p.txt" {
		t.Errorf("CidrBlock via %+v", v.Via())
	}
	if v := vpc.Get("Azs"); !strings.Contains(v.Why(), "cn-north-1") {
		t.Errorf("Fn::GetAZs: %q", v.Why())
	}
	// A parent stack may pass an Unknown: the default does not apply.
	tm, _ = ParseWithOptions(src, Options{Parameters: map[string]ParamValue{
		"VpcCidr": {Value: (&parser.Value{Kind: parser.Unknown}).SetExtra(parser.Extra{Why: "GetAtt in the parent", Refs: []string{"X"}}), Note: "passed"},
	}})
	if v := variantsOf(tm, "Vpc")[0].Body.Get("CidrBlock"); v.Kind != parser.Unknown || !strings.Contains(v.Why(), "GetAtt in the parent") {
		t.Errorf("unknown from the parent: %+v", v)
	}
}

func TestSAM(t *testing.T) {
	src := readFixture(t, "sam.yaml")
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatal(diags)
	}
	if len(diags) != 1 || diags[0].Summary != "SAM policy template not expanded" || diags[0].Range.Start.Line != 43 {
		t.Errorf("diags %v", diags)
	}
	types := map[string]string{}
	for _, r := range tm.Resources {
		if old, dup := types[r.Address]; dup {
			t.Errorf("%s twice (%s, %s)", r.Address, old, r.Type)
		}
		types[r.Address] = r.Type
	}
	wantTypes := map[string]string{
		"Admin": "AWS::Lambda::Function", "AdminRole": "AWS::IAM::Role", "AdminUrl": "AWS::Lambda::Url",
		"AdminListMethod": "AWS::ApiGateway::Method", "AdminSecureMethod": "AWS::ApiGateway::Method",
		"AdminHttpRoute": "AWS::ApiGatewayV2::Route", "WithRole": "AWS::Lambda::Function",
		"Api": "AWS::ApiGateway::RestApi", "Apiv1Stage": "AWS::ApiGateway::Stage", "ApiDomainName": "AWS::ApiGateway::DomainName",
		"HttpApi": "AWS::ApiGatewayV2::Api", "HttpApiliveStage": "AWS::ApiGatewayV2::Stage", "HttpApiDomainName": "AWS::ApiGatewayV2::DomainName",
		"Table": "AWS::DynamoDB::Table", "PlainTable": "AWS::DynamoDB::Table",
		"Flow": "AWS::StepFunctions::StateMachine", "FlowRole": "AWS::IAM::Role", "Layer": "AWS::Lambda::LayerVersion",
		"Local": "AWS::CloudFormation::Stack", "FromRepo": "AWS::CloudFormation::Stack",
		"ServerlessRestApi": "AWS::ApiGateway::RestApi", "ServerlessRestApiProdStage": "AWS::ApiGateway::Stage",
		"ExistingRole": "AWS::IAM::Role", "ManagedPolicy": "AWS::IAM::ManagedPolicy",
	}
	for addr, typ := range wantTypes {
		if types[addr] != typ {
			t.Errorf("%s: type %q, want %s", addr, types[addr], typ)
		}
	}
	if len(types) != len(wantTypes) {
		t.Errorf("resources %v", types)
	}
	get := func(addr string, path ...string) *parser.Value {
		rs := variantsOf(tm, addr)
		if len(rs) == 0 {
			return nil
		}
		return rs[0].Body.Path(path...)
	}
	elem := func(v *parser.Value, i int) *parser.Value {
		if v == nil || i >= len(v.Elems) {
			return nil
		}
		return v.Elems[i]
	}
	tests := []struct {
		what string
		v    *parser.Value
		want want
	}{
		// Globals merged: maps key by key, the resource's values win.
		{"Admin Runtime (global)", get("Admin", "Runtime"), want{parser.String, "python3.12", 10, 14}},
		{"Admin STAGE (global)", get("Admin", "Environment", "Variables", "STAGE"), want{parser.String, "prod", 14, 16}},
		{"Admin TABLE", get("Admin", "Environment", "Variables", "TABLE"), want{parser.Unknown, "", 32, 18}},
		{"Admin TracingConfig", get("Admin", "TracingConfig", "Mode"), want{parser.String, "Active", 15, 14}},
		{"Admin Role", get("Admin", "Role"), want{parser.Unknown, "", 25, 3}},
		// Policies: a managed policy name, an inline statement, templates.
		{"AdministratorAccess", elem(get("AdminRole", "ManagedPolicyArns"), 2), want{parser.String, "arn:aws:iam::aws:policy/AdministratorAccess", 34, 11}},
		{"Ref managed policy", elem(get("AdminRole", "ManagedPolicyArns"), 3), want{parser.Unknown, "", 44, 11}},
		{"inline Action", get("AdminRole", "Policies").Elems[0].Path("PolicyDocument", "Statement").Elems[0].Get("Action"), want{parser.String, "*", 37, 23}},
		{"S3CrudPolicy resource", elem(get("AdminRole", "Policies").Elems[1].Path("PolicyDocument", "Statement").Elems[0].Get("Resource"), 1), want{parser.String, "arn:aws:s3:::app-uploads/*", 39, 11}},
		{"DynamoDBCrudPolicy action", elem(get("AdminRole", "Policies").Elems[2].Path("PolicyDocument", "Statement").Elems[0].Get("Action"), 0), want{parser.String, "dynamodb:GetItem", 41, 11}},
		{"function URL", get("AdminUrl", "AuthType"), want{parser.String, "NONE", 64, 19}},
		{"implicit API method auth", get("AdminListMethod", "AuthorizationType"), want{parser.String, "NONE", 46, 9}},
		{"Cognito method auth", get("AdminSecureMethod", "AuthorizationType"), want{parser.String, "COGNITO_USER_POOLS", 93, 28}},
		{"method verb", get("AdminSecureMethod", "HttpMethod"), want{parser.String, "POST", 56, 21}},
		{"route key", get("AdminHttpRoute", "RouteKey"), want{parser.String, "GET /h", 57, 9}},
		{"given Role", get("WithRole", "Role"), want{parser.Unknown, "", 70, 13}},
		{"inline code", get("WithRole", "Code", "ZipFile"), want{parser.String, "def handler(e, c): pass", 69, 19}},
		// Api: stage settings, global access log, TLS of the domain.
		{"stage name", get("Apiv1Stage", "StageName"), want{parser.String, "v1", 87, 18}},
		{"stage logs (global)", get("Apiv1Stage", "AccessLogSetting", "DestinationArn"), want{parser.String, "arn:aws:logs:eu-west-1:123456789012:log-group:api", 19, 23}},
		{"stage tracing (global)", get("Apiv1Stage", "TracingEnabled"), want{parser.Bool, "", 17, 21}},
		{"method settings", elem(get("Apiv1Stage", "MethodSettings"), 0).Get("LoggingLevel"), want{parser.String, "INFO", 91, 25}},
		{"domain TLS", get("ApiDomainName", "SecurityPolicy"), want{parser.String, "TLS_1_0", 100, 25}},
		{"domain certificate", get("ApiDomainName", "RegionalCertificateArn"), want{parser.String, "arn:aws:acm:eu-west-1:123456789012:certificate/x", 99, 25}},
		{"http stage logs", get("HttpApiliveStage", "AccessLogSettings", "Format"), want{parser.String, "$context.requestId", 107, 17}},
		{"http domain endpoint", elem(get("HttpApiDomainName", "DomainNameConfigurations"), 0).Get("EndpointType"), want{parser.String, "REGIONAL", 109, 9}},
		{"implicit stage", get("ServerlessRestApiProdStage", "StageName"), want{parser.String, "Prod", 46, 9}},
		// SimpleTable: the global SSE, or the table's own.
		{"table SSE (global)", get("Table", "SSESpecification", "SSEEnabled"), want{parser.Bool, "", 23, 19}},
		{"table key type", elem(get("Table", "AttributeDefinitions"), 0).Get("AttributeType"), want{parser.String, "N", 116, 15}},
		{"plain table SSE", get("PlainTable", "SSESpecification", "SSEEnabled"), want{parser.Bool, "", 121, 21}},
		{"state machine logging", get("Flow", "LoggingConfiguration", "Level"), want{parser.String, "ALL", 132, 16}},
		{"state machine role policy", elem(get("FlowRole", "Policies").Elems[0].Path("PolicyDocument", "Statement").Elems[0].Get("Action"), 0), want{parser.String, "lambda:InvokeFunction", 134, 11}},
		{"local application", get("Local", "TemplateURL"), want{parser.String, "./nested/app.yaml", 143, 17}},
		{"repository application", get("FromRepo", "TemplateURL"), want{parser.Unknown, "", 148, 9}},
	}
	for _, tc := range tests {
		checkValue(t, tc.what, tc.v, tc.want)
	}
	if v := get("Table", "SSESpecification", "SSEEnabled"); !v.Bool {
		t.Error("global SSEEnabled must be true")
	}
	if v := get("WithRole", "Role"); len(v.Refs()) != 1 || v.Refs()[0] != "ExistingRole" {
		t.Errorf("WithRole refs %v", v.Refs())
	}
	// The derived resources point at the SAM resource's logical id.
	for _, addr := range []string{"AdminRole", "Apiv1Stage", "FlowRole"} {
		if r := variantsOf(tm, addr)[0]; r.Range.Start.Line != map[string]int32{"AdminRole": 25, "Apiv1Stage": 84, "FlowRole": 122}[addr] {
			t.Errorf("%s at line %d", addr, r.Range.Start.Line)
		}
	}
	checkValuePositions(t, src, tm)
}

func TestParseParameters(t *testing.T) {
	read := func(name string) parser.Source {
		b, err := os.ReadFile(filepath.Join("../../testdata/cloudformation/params", name))
		if err != nil {
			t.Fatal(err)
		}
		return parser.Source{Path: "params/" + name, Bytes: b}
	}
	type pv struct {
		val       string
		line, col int
	}
	tests := []struct {
		file  string
		want  map[string]pv
		diags []int // lines of error diagnostics
	}{
		{"cli.json", map[string]pv{"Env": {"prod", 2, 45}, "Cidrs": {"10.0.0.0/8,0.0.0.0/0", 3, 47}, "Port": {"22", 4, 46}, "AWS::Region": {"cn-north-1", 6, 53}}, nil},
		{"pipeline.json", map[string]pv{"Env": {"staging", 3, 12}, "AdminCidr": {"0.0.0.0/0", 4, 18}}, nil},
		{"lines.txt", map[string]pv{"Env": {"dev", 2, 5}, "AdminCidr": {"0.0.0.0/0", 3, 15}, "AWS::Region": {"eu-west-1", 4, 13}, "Port": {"3389", 5, 34}}, nil},
		{"bad.txt", map[string]pv{"Env": {"dev", 1, 5}}, []int{2, 3}},
		{"bad.json", map[string]pv{"Env": {"x", 2, 45}}, []int{3, 4, 5}},
	}
	for _, tc := range tests {
		src := read(tc.file)
		got, diags := ParseParameters(src)
		checkDiagPositions(t, src, diags)
		var lines []int
		for _, d := range diags {
			if d.Severity != parser.SevError {
				t.Errorf("%s: %v", tc.file, d)
			}
			lines = append(lines, int(d.Range.Start.Line))
		}
		if len(lines) != len(tc.diags) {
			t.Errorf("%s: diagnostics %v, want lines %v", tc.file, diags, tc.diags)
		} else {
			for i := range lines {
				if lines[i] != tc.diags[i] {
					t.Errorf("%s: diagnostics %v, want lines %v", tc.file, diags, tc.diags)
				}
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %d values, want %d: %v", tc.file, len(got), len(tc.want), got)
		}
		for k, w := range tc.want {
			v := got[k]
			if v.Value == nil || v.Value.Str != w.val || int(v.Value.Range.Start.Line) != w.line || int(v.Value.Range.Start.Column) != w.col || v.Value.Range.File != src.Path {
				t.Errorf("%s: %s = %+v, want %q at %d:%d", tc.file, k, v.Value, w.val, w.line, w.col)
			}
			if !strings.Contains(v.Note, k) {
				t.Errorf("%s: %s note %q", tc.file, k, v.Note)
			}
		}
	}
	// The values feed a template: the finding's provenance names the file.
	ps, _ := ParseParameters(read("lines.txt"))
	text := "Parameters:\n  AdminCidr: {Type: String, Default: 10.0.0.0/8}\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      CidrIp: !Ref AdminCidr\n"
	tm, _ := ParseWithOptions(parser.Source{Path: "t.yaml", Bytes: []byte(text)}, Options{Parameters: ps})
	v := tm.Resources[0].Body.Get("CidrIp")
	if v.Str != "0.0.0.0/0" || len(v.Via()) != 1 || v.Via()[0].Range.File != "params/lines.txt" || v.Via()[0].Range.Start.Line != 3 || v.Range.Start.Line != 7 {
		t.Errorf("CidrIp %q at %v via %+v", v.Str, v.Range, v.Via())
	}
}

// TestEveryTemplate parses every YAML and JSON file of examples/ and
// testdata/ and checks that each template parses and that every position
// it reports points at the right text of its file.
func TestEveryTemplate(t *testing.T) {
	broken := map[string]bool{ // fixtures that must fail
		"broken.yaml": true, "broken_indent.yaml": true, "broken.json": true, "broken.template": true, "billion_laughs.yaml": true,
	}
	var n int
	for _, root := range []string{"../../examples", "../../testdata"} {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".yaml", ".yml", ".json", ".template":
			default:
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			src := parser.Source{Path: filepath.ToSlash(p), Abs: p, Bytes: b}
			tm, diags := Parse(src)
			checkDiagPositions(t, src, diags)
			hostile := strings.Contains(filepath.ToSlash(p), "/hostile/") || strings.Contains(filepath.ToSlash(p), "/fuzz/")
			if diags.HasErrors() && !broken[filepath.Base(p)] && !hostile {
				t.Errorf("%s: %v", p, diags)
			}
			if tm == nil {
				return nil
			}
			n++
			checkValuePositions(t, src, tm)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 20 {
		t.Errorf("only %d templates found", n)
	}
}

// TestBudgetSharedAcrossResources: the bound on values built holds for
// the whole template, not per resource or per variant.
func TestBudgetSharedAcrossResources(t *testing.T) {
	var b strings.Builder
	b.WriteString("Parameters:\n  Big:\n    Type: CommaDelimitedList\n    Default: \"" + strings.TrimSuffix(strings.Repeat("x,", 2000), ",") + "\"\n  M:\n    Type: String\nConditions:\n  C: !Equals [!Ref M, a]\nResources:\n")
	for i := 0; i < 2000; i++ {
		b.WriteString("  R" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26) + ":\n    Type: AWS::SNS::Topic\n    Properties:\n      P: !If [C, !Ref Big, !Ref Big]\n")
	}
	src := parser.Source{Path: "big.yaml", Bytes: []byte(b.String())}
	tm, diags := Parse(src)
	if tm == nil {
		t.Fatal(diags)
	}
	var tooLarge int
	for _, d := range diags {
		if d.Summary == "template too large" {
			tooLarge++
		}
	}
	if tooLarge != 1 {
		t.Errorf("%d template too large warnings", tooLarge)
	}
	last := tm.Resources[len(tm.Resources)-1].Body.Get("P")
	if last.Kind != parser.Unknown {
		t.Errorf("the last resource still got %s", last.Kind)
	}
}
