# Account-baseline mode: the organization's analyzer, declared by a module
# for each region.
module "analyzer" {
  source   = "./analyzer"
  for_each = toset(["eu-west-1", "us-east-1"])
  region   = each.key
}
