package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// endpointServiceTypes are the PrivateLink endpoint services and the
// resources that add principals to their allow list.
var endpointServiceTypes = []string{
	"aws_vpc_endpoint_service", "aws_vpc_endpoint_service_allowed_principal",
	"AWS::EC2::VPCEndpointService", "AWS::EC2::VPCEndpointServicePermissions",
}

// checkEndpointServiceOpen is AWS-435: an endpoint service whose allow list
// holds "*" lets every AWS account create an endpoint to it; unless the
// owner must accept each connection, any of them reaches the service.
func checkEndpointServiceOpen(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(endpointServiceTypes...) {
		var list *parser.Value
		var name string
		svc := res
		switch res.Type {
		case "aws_vpc_endpoint_service":
			list, name = res.Body.Get("allowed_principals"), "allowed_principals"
		case "aws_vpc_endpoint_service_allowed_principal":
			list, name = res.Body.Get("principal_arn"), "principal_arn"
			svc = endpointServiceOf(p, res, "vpc_endpoint_service_id", "aws_vpc_endpoint_service")
		case "AWS::EC2::VPCEndpointService":
			continue // its principals are in AWS::EC2::VPCEndpointServicePermissions
		case "AWS::EC2::VPCEndpointServicePermissions":
			list, name = res.Body.Get("AllowedPrincipals"), "AllowedPrincipals"
			svc = endpointServiceOf(p, res, "ServiceId", "AWS::EC2::VPCEndpointService")
		}
		star, unknown := endpointStar(list)
		if star == nil {
			setting.Undecided(p, res, "a principal of "+name, unknown)
			continue
		}
		if svc == nil {
			p.CannotTell(res, star, res.Address+" allows every principal (\"*\") on an endpoint service this code does not declare: whether connections must be accepted is not known")
			continue
		}
		acc, accName := endpointAcceptance.Of(svc), endpointAcceptance.Name(svc)
		if setting.Undecided(p, res, accName+" of "+svc.Address, acc) || acc.IsTrue() {
			continue
		}
		of := ""
		if svc != res {
			of = " of " + svc.Address
		}
		p.Report(res, star, "%s allows every AWS principal (\"*\") to connect to the endpoint service%s, which accepts connections without approval (%s not true): any AWS account can reach it", res.Address, of, accName)
	}
}

// endpointAcceptance is whether the service's owner must accept each
// connection (false when not written, in both formats).
var endpointAcceptance = parser.A("acceptance_required", "AcceptanceRequired")

// endpointServiceOf is the endpoint service that res names through attr,
// nil when the code does not declare it.
func endpointServiceOf(p *engine.Pass, res *parser.Resource, attr, typ string) *parser.Resource {
	if svcs := p.Referenced(res, attr, typ); len(svcs) > 0 {
		return svcs[0]
	}
	return nil
}

// endpointStar returns the "*" of a principal list (a list or one string);
// when there is none, unknown is a principal that may be "*" but cannot be
// told (a partly known ARN cannot be).
func endpointStar(list *parser.Value) (star, unknown *parser.Value) {
	if u := setting.Unknown(list); u != nil {
		return nil, u
	}
	elems := []*parser.Value{list}
	if list != nil && list.Kind == parser.List {
		elems = list.Elems
	}
	for _, e := range elems {
		if s, ok := e.AsString(); ok && s == "*" {
			return e, nil
		}
		if u := setting.Unknown(e); u != nil && unknown == nil && e.CouldBe("*") {
			unknown = u
		}
	}
	return nil, unknown
}
