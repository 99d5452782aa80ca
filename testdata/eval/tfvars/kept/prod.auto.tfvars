# auto.tfvars sets the port to a string, converted to the declared number type.
port = "3389"
