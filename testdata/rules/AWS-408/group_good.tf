# A module that makes the warehouse's parameter group only; the clusters
# given it log every query.
variable "family" {
  type    = string
  default = "redshift-1.0"
}

locals {
  parameters = {
    require_ssl                  = "true"
    enable_user_activity_logging = "true"
  }
}

resource "aws_redshift_parameter_group" "warehouse" {
  name   = "warehouse"
  family = var.family

  dynamic "parameter" {
    for_each = local.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

output "warehouse_group" {
  value = aws_redshift_parameter_group.warehouse.name
}
