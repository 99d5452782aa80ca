# A caller's null takes the default of a variable declared nullable = false;
# a nullable variable keeps the null.
module "child" {
  source    = "./child"
  encrypted = null
  retention = null
  name      = null
}

output "encrypted" { value = module.child.encrypted }
output "retention_is_null" { value = module.child.retention_is_null }
output "name" { value = module.child.name }
