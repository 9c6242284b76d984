// Included by index.html (WPS's add-in layout): loads the add-in's scripts in order.
document.write("<script type='text/javascript' src='js/requests.js'></script>");
document.write("<script type='text/javascript' src='js/ribbon.js'></script>");
