package cloudformation

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"short_tags.yaml", "basic.json", "resolve.yaml", "sam.yaml", "intrinsics.yaml", "conditions.yaml"} {
		src := readFixture(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src.Bytes)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Parse(src)
			}
		})
	}
}

// generatedTemplate writes a template of n resources that use parameters,
// mappings, conditions (decidable and not), Fn::Sub, Fn::Join,
// Fn::FindInMap, Fn::If, Fn::Select over Fn::Cidr, Ref and Fn::GetAtt.
// Every fifth template is JSON.
func generatedTemplate(seed, n int) parser.Source {
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: prod}
  Cidr: {Type: String, Default: 10.0.0.0/16}
  Mode: {Type: String}
  Ports: {Type: CommaDelimitedList, Default: "22,443,5432"}
Mappings:
  EnvMap:
    prod: {Encrypted: "true", Size: 100, Cidr: 0.0.0.0/0}
    dev: {Encrypted: "false", Size: 10, Cidr: 10.0.0.0/8}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Open: !Equals [!Ref Mode, open]
Resources:
`)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, `  Sg%d:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub "${Env} group %d"
      VpcId: !Ref Vpc%d
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Select [0, !Ref Ports]
          ToPort: !Select [0, !Ref Ports]
          CidrIp: !FindInMap [EnvMap, !Ref Env, Cidr]
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: !If [Open, 0.0.0.0/0, !Select [1, !Cidr [!Ref Cidr, 4, 8]]]
`, seed*n+i, i, i+3)
		case 1:
			fmt.Fprintf(&b, `  Vol%d:
    Type: AWS::EC2::Volume
    Condition: IsProd
    Properties:
      AvailabilityZone: !GetAtt Inst%d.AvailabilityZone
      Size: !FindInMap [EnvMap, !Ref Env, Size]
      Encrypted: !If [IsDev, false, !FindInMap [EnvMap, !Ref Env, Encrypted]]
      Tags:
        - Key: Name
          Value: !Join ["-", [!Ref Env, vol, "%d"]]
`, i, i+1, i)
		case 2:
			fmt.Fprintf(&b, `  Inst%d:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: !If [IsProd, m5.large, t3.micro]
      SecurityGroupIds: [!Ref Sg%d]
      UserData: !Base64 {"Fn::Sub": "#!/bin/sh\necho ${Env} > /etc/env\n"}
`, i, i-2)
		case 3:
			fmt.Fprintf(&b, `  Vpc%d:
    Type: AWS::EC2::VPC
    DependsOn: [Sg%d]
    Properties:
      CidrBlock: !Ref Cidr
      Tags: [{Key: env, Value: !Ref Env}, {Key: region, Value: !Ref "AWS::Region"}]
`, i, i-3)
		}
	}
	src := parser.Source{Path: fmt.Sprintf("gen/t%03d.yaml", seed), Bytes: []byte(b.String())}
	if seed%5 == 4 {
		// The same template as JSON, through the parser's own reader.
		tm, _ := Parse(src)
		doc := map[string]any{"AWSTemplateFormatVersion": "2010-09-09"}
		res := map[string]any{}
		for id, raw := range tm.RawResources {
			res[id] = plain(raw)
		}
		doc["Resources"] = res
		params := map[string]any{}
		for n, p := range tm.Parameters {
			params[n] = plain(p.Raw)
		}
		doc["Parameters"] = params
		maps := map[string]any{}
		for n, m := range tm.Mappings {
			maps[n] = plain(m)
		}
		doc["Mappings"] = maps
		conds := map[string]any{}
		for n, c := range tm.Conditions {
			conds[n] = plain(c)
		}
		doc["Conditions"] = conds
		j, _ := json.MarshalIndent(doc, "", "  ")
		src = parser.Source{Path: fmt.Sprintf("gen/t%03d.json", seed), Bytes: j}
	}
	return src
}

// plain converts a value as written to Go values for encoding/json.
func plain(v *parser.Value) any {
	switch v.Kind {
	case parser.Object:
		m := map[string]any{}
		for k, a := range v.Attrs {
			m[k] = plain(a)
		}
		return m
	case parser.List:
		l := make([]any, len(v.Elems))
		for i, e := range v.Elems {
			l[i] = plain(e)
		}
		return l
	case parser.Bool:
		return v.Bool
	case parser.Number:
		return json.Number(v.Str)
	case parser.Null:
		return nil
	}
	return v.Str
}

// BenchmarkParseLarge parses 500 generated templates of 200 resources each
// (100,000 resources) per operation. Besides wall time it reports the
// process's CPU time per operation (cpu-ns/op), the steadier figure on a
// machine shared with other jobs; with GOMAXPROCS=1 it is one core's work,
// the garbage collector's included.
func BenchmarkParseLarge(b *testing.B) {
	const templates, resources = 500, 200
	srcs := make([]parser.Source, templates)
	var total int64
	for i := range srcs {
		srcs[i] = generatedTemplate(i, resources)
		total += int64(len(srcs[i].Bytes))
	}
	// Sanity: every template parses without errors and yields its resources.
	for _, s := range srcs[:5] {
		tm, diags := Parse(s)
		if tm == nil || diags.HasErrors() || len(tm.Resources) < resources {
			b.Fatalf("%s: %d resources, %v", s.Path, len(tm.Resources), diags)
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := processCPU()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Parse(s)
		}
	}
	if cpu1, ok := processCPU(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
	b.ReportMetric(float64(templates*resources)*float64(b.N)/b.Elapsed().Seconds(), "resources/s")
}
