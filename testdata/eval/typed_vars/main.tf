# Variables are seen with their declared types: a set(string) can drive
# for_each (one instance per element), and an empty one creates nothing.
variable "volumes" {
  type    = set(string)
  default = ["logs", "data"]
}

variable "none" {
  type    = set(string)
  default = []
}

resource "aws_ebs_volume" "each" {
  for_each          = var.volumes
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false # want AWS-002
}

resource "aws_ebs_volume" "never" {
  for_each          = var.none
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}
